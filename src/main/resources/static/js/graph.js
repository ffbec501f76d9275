// The picture of the graph around an episode or a person, and a topic's episodes over time, drawn with Apache
// ECharts (bundled with the application as a WebJar). The data comes from JSON blocks in the page; the page says the
// same things as text, so nothing is lost without JavaScript.
(function () {
  'use strict';
  var colours = { episode: '#0b57a4', person: '#b3261e', organisation: '#6b4fa0', topic: '#1e7a46', podcast: '#8a5a00' };

  function data(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  var graph = data('graph-data');
  var graphBox = document.getElementById('graph');
  if (graph && graphBox && window.echarts) {
    graphBox.hidden = false;
    var chart = echarts.init(graphBox, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.label : p.data.name + ' (' + p.data.kind + ')'; } },
      legend: [{ data: Object.keys(colours) }],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 220, edgeLength: [60, 140] },
        categories: Object.keys(colours).map(function (k) { return { name: k, itemStyle: { color: colours[k] } }; }),
        label: { show: true, position: 'right', formatter: function (p) { return p.data.name.length > 32 ? p.data.name.slice(0, 30) + '…' : p.data.name; } },
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, kind: n.kind, href: n.href, category: Object.keys(colours).indexOf(n.kind), symbolSize: n.centre ? 28 : 14 };
        }),
        links: graph.links.map(function (l) { return { source: l.source, target: l.target, label: l.label }; })
      }]
    });
    chart.on('click', function (p) { if (p.dataType === 'node' && p.data.href) { window.location.href = p.data.href; } });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var years = data('years-data');
  var yearsBox = document.getElementById('years-chart');
  if (years && yearsBox && window.echarts) {
    yearsBox.hidden = false;
    var bars = echarts.init(yearsBox, null, { renderer: 'canvas' });
    bars.setOption({
      tooltip: {},
      xAxis: { type: 'category', data: years.map(function (y) { return String(y.year); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: years.map(function (y) { return y.episodes; }), itemStyle: { color: '#1e7a46' } }]
    });
    window.addEventListener('resize', function () { bars.resize(); });
  }
}());
