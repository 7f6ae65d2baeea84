package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in this JVM with its Bolt connector on 127.0.0.1, for Alliance Atlas.
 *
 * <p>The Node side starts this through run.sh and talks to it over Bolt like any other Neo4j 5,
 * so the same code serves an external server or cluster. Protocol with the parent process,
 * on stdout: one line {@code ATLAS_NEO4J_READY bolt://127.0.0.1:<port>} once Bolt accepts
 * connections, or one line {@code ATLAS_NEO4J_ERROR <code> <message>} before a non-zero exit.
 *
 * <p>Arguments: {@code --home DIR --port N [--plugins DIR] [--watch-stdin]}. With
 * {@code --watch-stdin} the database shuts down when stdin closes, so a parent that dies
 * without cleaning up (SIGKILL, crash) never leaves a Java process behind, nor the store locked
 * for the next start: this holds from the launch on, also while the database is still starting.
 */
public final class EmbeddedNeo4j {
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_STORE_LOCKED = 4;
    static final int EXIT_START_FAILED = 5;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, "usage", e.getMessage());
            return;
        }

        // Checked up front: Neo4j would otherwise start, fail to bind, and log the reason deep in debug.log.
        if (!portIsFree(options.port())) {
            fail(EXIT_PORT_IN_USE, "port_in_use",
                "127.0.0.1:" + options.port() + " is already in use by another process."
                    + " Stop it, or choose another port with ATLAS_BOLT_PORT.");
            return;
        }

        // Watched from the start: a parent that dies while the database starts must not leave it
        // running (and holding the store) until it is ready. Exiting runs the shutdown hook below.
        if (options.watchStdin()) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.err.println("atlas-neo4j: parent process went away");
                System.exit(0);
            }, "atlas-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Registered before the database is built, so an exit at any point shuts down what was built.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = running.get();
            if (service != null) {
                System.err.println("atlas-neo4j: shutting down");
                service.shutdown();
            }
            stopped.countDown();
        }, "atlas-neo4j-shutdown"));

        Path home = options.home().toAbsolutePath();
        Files.createDirectories(home);
        // LOAD CSV reads file:/// URLs from here and nowhere else (the benchmarks' baseline loads copies of the records).
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port()))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only, and the embedded store is a per-user working copy: no password to leak or forget.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.plugin_dir, options.plugins().toAbsolutePath())
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(options.txTimeoutSeconds()))
                // The API gives each query a short timeout; checking every 2 s (the default) would let it overrun by that much.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                .loadPropertiesFromFile(writeRawSettings(home, options))
                .build();
        } catch (Throwable e) {
            Throwable root = rootCause(e);
            String message = String.valueOf(root.getMessage());
            if (message.contains("locked") || root.getClass().getSimpleName().contains("Lock")) {
                fail(EXIT_STORE_LOCKED, "store_locked",
                    "The database in " + home + " is in use by another process (" + message + ")."
                        + " Stop the other Alliance Atlas, or point ATLAS_HOME elsewhere.");
            } else {
                fail(EXIT_START_FAILED, "start_failed", root.getClass().getName() + ": " + message);
            }
            return;
        }

        running.set(service);

        // Touch the default database so that it is online before we announce readiness.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        Files.writeString(home.resolve("neo4j.pid"),
            ProcessHandle.current().pid() + " " + options.port() + "\n", StandardCharsets.UTF_8);
        System.out.println("ATLAS_NEO4J_READY bolt://127.0.0.1:" + options.port());
        System.out.flush();
        stopped.await();
    }

    /** Settings that have no typed constant in the embedded API go through a conf file, as on a server. */
    private static Path writeRawSettings(Path home, LauncherOptions options) throws IOException {
        Path conf = home.resolve("neo4j.conf");
        Files.writeString(conf, String.join("\n",
            "# Written by the Alliance Atlas launcher at every start; edits are overwritten.",
            "dbms.usage_report.enabled=false",
            "server.memory.pagecache.size=" + options.pageCache(),
            ""), StandardCharsets.UTF_8);
        return conf;
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end of input.
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void fail(int exitCode, String code, String message) {
        System.out.println("ATLAS_NEO4J_ERROR " + code + " " + message.replace('\n', ' '));
        System.out.flush();
        System.exit(exitCode);
    }
}
