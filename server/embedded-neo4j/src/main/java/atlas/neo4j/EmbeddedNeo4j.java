package atlas.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

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
 *
 * <p>With {@code --watch-stdin}, stdin also carries commands from the parent, one a line. The only
 * one is {@code IMPORT <file>}: the database is shut down, Neo4j's offline importer
 * ({@code neo4j-admin database import full}, through {@link AdminTool}) runs in this JVM with the
 * arguments the file lists (one a line), and the database starts again on the same port. Answers on
 * stdout: {@code ATLAS_NEO4J_IMPORTED <milliseconds>} or {@code ATLAS_NEO4J_IMPORT_FAILED <message>},
 * then {@code ATLAS_NEO4J_READY ...} once Bolt answers again (or {@code ATLAS_NEO4J_ERROR} and an exit).
 * The importer's own output goes to stderr, so stdout carries only protocol lines.
 */
public final class EmbeddedNeo4j {
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_STORE_LOCKED = 4;
    static final int EXIT_START_FAILED = 5;

    /** Held for the JVM's life: one launcher per home, also while its database is stopped for the importer. */
    private static FileLock homeLock;

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
        BlockingQueue<String> commands = new LinkedBlockingQueue<>();
        if (options.watchStdin()) {
            Thread watcher = new Thread(() -> {
                readCommands(System.in, commands);
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
        // Neo4j's own store lock is let go while the importer runs; this one is not, so a second
        // launcher on the same home is refused then too, as it is while the database runs.
        homeLock = FileChannel.open(home.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE).tryLock();
        if (homeLock == null) {
            fail(EXIT_STORE_LOCKED, "store_locked",
                "The database in " + home + " is in use by another process (another launcher holds launcher.lock)."
                    + " Stop the other Alliance Atlas, or point ATLAS_HOME elsewhere.");
            return;
        }
        if (!startAndAnnounce(home, options, running)) return;

        if (!options.watchStdin()) {
            stopped.await();
            return;
        }
        // Commands are run one at a time, here; the process ends through System.exit (stdin closed,
        // or a signal), which runs the shutdown hook above.
        while (true) {
            String command = commands.take();
            if (command.startsWith("IMPORT ")) {
                importFull(Path.of(command.substring("IMPORT ".length()).trim()), home, options, running);
            } else {
                System.err.println("atlas-neo4j: unknown command ignored: " + command);
            }
        }
    }

    /** Builds and starts the DBMS in {@code home} with Bolt on 127.0.0.1 and the project's settings. */
    private static DatabaseManagementService startService(Path home, LauncherOptions options) throws IOException {
        // LOAD CSV reads file:/// URLs from here and nowhere else (the benchmarks' baseline loads copies
        // of the records; the importer path writes its files here too).
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);
        return new DatabaseManagementServiceBuilder(home)
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
            // Bolt's two network thread groups each wait a quiet period (5 s) at shutdown, after the
            // databases have stopped: 10 s of every stop, and of the importer's stop and start.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .loadPropertiesFromFile(writeRawSettings(home, options))
            .build();
    }

    /** Starts the database, makes it the running one and says READY; on failure says why and returns false. */
    private static boolean startAndAnnounce(Path home, LauncherOptions options, AtomicReference<DatabaseManagementService> running) throws IOException {
        DatabaseManagementService service;
        try {
            service = startService(home, options);
        } catch (Throwable e) {
            failToStart(home, e);
            return false;
        }
        running.set(service);
        announceReady(service, home, options);
        return true;
    }

    private static void failToStart(Path home, Throwable e) {
        Throwable root = rootCause(e);
        String message = String.valueOf(root.getMessage());
        if (message.contains("locked") || root.getClass().getSimpleName().contains("Lock")) {
            fail(EXIT_STORE_LOCKED, "store_locked",
                "The database in " + home + " is in use by another process (" + message + ")."
                    + " Stop the other Alliance Atlas, or point ATLAS_HOME elsewhere.");
        } else {
            fail(EXIT_START_FAILED, "start_failed", root.getClass().getName() + ": " + message);
        }
    }

    /** Once the default database answers: the pid file, then the READY line. */
    private static void announceReady(DatabaseManagementService service, Path home, LauncherOptions options) throws IOException {
        // Touch the default database so that it is online before we announce readiness.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        Files.writeString(home.resolve("neo4j.pid"),
            ProcessHandle.current().pid() + " " + options.port() + "\n", StandardCharsets.UTF_8);
        System.out.println("ATLAS_NEO4J_READY bolt://127.0.0.1:" + options.port());
        System.out.flush();
    }

    /**
     * The IMPORT command: stops the database, runs {@code database import full} with the arguments
     * listed in {@code argsFile}, and starts the database again, whatever the importer's outcome.
     */
    private static void importFull(Path argsFile, Path home, LauncherOptions options,
                                   AtomicReference<DatabaseManagementService> running) throws IOException {
        List<String> args;
        try {
            args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            System.out.println("ATLAS_NEO4J_IMPORT_FAILED cannot read " + argsFile + ": " + e.getMessage());
            System.out.flush();
            return;
        }
        DatabaseManagementService service = running.getAndSet(null);
        if (service != null) {
            System.err.println("atlas-neo4j: shutting down for the importer");
            service.shutdown();
        }
        long started = System.nanoTime();
        String failure = null;
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            // The importer reads neo4j.conf from the conf dir: the launcher writes it into the home.
            ExecutionContext context = new ExecutionContext(home, home, System.err, System.err, fs);
            int code = AdminTool.execute(context, args.toArray(String[]::new));
            if (code != 0) {
                failure = "the importer exited with code " + code + " (its output is on the launcher's stderr)";
            }
        } catch (Throwable e) {
            Throwable root = rootCause(e);
            failure = root.getClass().getName() + ": " + root.getMessage();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(failure == null ? "ATLAS_NEO4J_IMPORTED " + millis : "ATLAS_NEO4J_IMPORT_FAILED " + failure.replace('\n', ' '));
        System.out.flush();
        startAndAnnounce(home, options, running);
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

    /** Reads the parent's commands, one a line, until stdin ends (the parent is gone). */
    private static void readCommands(InputStream in, BlockingQueue<String> commands) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    commands.add(line);
                }
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
