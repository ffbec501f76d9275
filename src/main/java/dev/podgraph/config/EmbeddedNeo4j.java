package dev.podgraph.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j that runs inside the application: its data folder, its Bolt address, and a way to stop it and start it
 * again on the same folder and port while the application runs, as an operator restarts a database server. The driver
 * reconnects by itself once it is back.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final Path home;

	private final Function<Integer, DatabaseManagementService> starter;

	private DatabaseManagementService dbms;

	private URI bolt;

	/** The default database while running, read without a lock by every in-process read. */
	private volatile GraphDatabaseService database;

	/**
	 * @param home the data folder
	 * @param port the Bolt port to start on; 0 for any free one
	 * @param starter builds and starts a DBMS on the folder, given the Bolt port
	 */
	EmbeddedNeo4j(Path home, int port, Function<Integer, DatabaseManagementService> starter) {
		this.home = home;
		this.starter = starter;
		start(port);
	}

	private synchronized void start(int port) {
		long started = System.nanoTime();
		dbms = starter.apply(port);
		bolt = boltUri(dbms);
		database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		log.info("Embedded Neo4j started in {} ms with its data in {}, Bolt at {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home, bolt);
	}

	/** Starts the database again after {@link #stop()}, on the same folder and the same Bolt port. */
	public synchronized void start() {
		if (dbms == null) {
			start(bolt.getPort());
		}
	}

	/** Stops the database (Bolt goes away; running transactions end first); the application keeps running. */
	public synchronized void stop() {
		if (dbms != null) {
			database = null;
			dbms.shutdown();
			dbms = null;
			log.info("Embedded Neo4j stopped");
		}
	}

	/** @return whether it is running */
	public synchronized boolean running() {
		return dbms != null;
	}

	/**
	 * @return the database, for reads that run in-process (no Bolt), or empty while it is stopped. A transaction begun
	 * on it fails if the database stops meanwhile.
	 */
	public Optional<GraphDatabaseService> database() {
		return Optional.ofNullable(database);
	}

	/** @return where the driver and Neo4j tools reach it */
	public synchronized URI bolt() {
		return bolt;
	}

	@Override
	public void close() {
		stop();
	}

	/** The address Bolt actually bound, which differs from the configured one when the port is 0. */
	private static URI boltUri(DatabaseManagementService dbms) {
		var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var bound = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
	}

}
