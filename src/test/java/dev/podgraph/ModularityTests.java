package dev.podgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code dev.podgraph} is a module: others may use only its top-level package, and no
 * dependency cycle may form between modules. Dependencies run one way: {@code web} uses the feature modules, which use
 * {@code graph}; nothing uses {@code web}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PodgraphApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirPublicFaceAndFormNoCycle() {
		MODULES.verify();
	}

	@Test
	void dependenciesRunOneWayFromWebThroughTheFeaturesToGraph() {
		assertThat(MODULES.getModuleByName("graph").orElseThrow().getDirectDependencies(MODULES).uniqueModules())
			.as("graph depends on no other module")
			.extracting(module -> module.getIdentifier().toString())
			.isEmpty();
		assertThat(MODULES.stream()
			.filter(module -> module.getDirectDependencies(MODULES).containsModuleNamed("web")))
			.as("no module depends on web")
			.isEmpty();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
