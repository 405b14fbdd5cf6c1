package io.naig.neo4jlocal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j 5.26 Community DBMS with only the Bolt connector enabled,
 * for local development and tests.
 *
 * <p>Stdout protocol (everything else goes to stderr or to log files under the data dir):
 * <ul>
 *   <li>{@code NEO4J_READY bolt://127.0.0.1:<port>} once Bolt accepts connections;</li>
 *   <li>{@code NEO4J_STOPPED} after a clean shutdown.</li>
 * </ul>
 *
 * <p>Exit codes: 0 clean stop, 1 startup failure, 2 bad arguments, 3 port already in use.
 */
public final class Launcher {

    private static final String HOST = "127.0.0.1";
    private static final int EXIT_OK = 0;
    private static final int EXIT_STARTUP_FAILED = 1;
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_PORT_IN_USE = 3;

    /** The real stdout; System.out is redirected to stderr so that library chatter never reaches it. */
    private static final PrintStream PROTOCOL =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private static final Object LIFECYCLE_LOCK = new Object();
    private static final CountDownLatch STOP_REQUESTED = new CountDownLatch(1);
    private static volatile DatabaseManagementService managementService;
    private static volatile boolean stopped;

    private Launcher() {}

    public static void main(String[] args) {
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.exit(fail(EXIT_USAGE, e.getMessage() + " (try --help)"));
            return;
        }
        if (options.help) {
            System.err.print(Options.USAGE);
            System.exit(EXIT_OK);
        }

        int code = run(options);
        System.exit(code);
    }

    private static int run(Options options) {
        // Fail fast, with a clear message, if something already listens on the port (0 = any free port).
        if (options.port != 0 && !portIsFree(options.port)) {
            return fail(EXIT_PORT_IN_USE, "port " + options.port + " on " + HOST + " is already in use");
        }

        Path dataDir = options.dataDir.toAbsolutePath().normalize();
        Map<Setting<?>, Object> settings;
        try {
            settings = buildSettings(options, dataDir);
        } catch (RuntimeException e) {
            return fail(EXIT_USAGE, "invalid configuration: " + rootMessage(e));
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            return fail(EXIT_STARTUP_FAILED, "cannot create data directory " + dataDir + ": " + e);
        }

        // Signals and stdin only request a stop; the main thread does the shutdown and exits 0.
        installSignalHandler("TERM");
        installSignalHandler("INT");
        installSignalHandler("HUP");
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-local-shutdown"));
        if (options.exitOnStdinClose) {
            watchStdin();
        }

        System.err.println("neo4j-local: starting Neo4j " + neo4jVersion() + " (data " + dataDir + ", bolt " + HOST
                + ":" + (options.port == 0 ? "<any free port>" : options.port) + ")");
        long started = System.nanoTime();
        int port = options.port;
        try {
            synchronized (LIFECYCLE_LOCK) {
                if (STOP_REQUESTED.getCount() == 0) {
                    return EXIT_OK;
                }
                managementService = new DatabaseManagementServiceBuilder(dataDir)
                        .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                        .setConfig(settings)
                        .build();
            }
            GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            while (!db.isAvailable(TimeUnit.SECONDS.toMillis(1))) {
                if (STOP_REQUESTED.getCount() == 0) {
                    shutdown();
                    return EXIT_OK;
                }
            }
            if (port == 0) {
                port = boundBoltPort(db);
            }
            waitForBolt(port, 60_000);
            if (options.warmup) {
                warmUp(db);
            }
        } catch (Throwable e) {
            shutdownQuietly();
            if (options.port != 0 && isBindFailure(e)) {
                return fail(EXIT_PORT_IN_USE, "port " + options.port + " on " + HOST + " is already in use");
            }
            return fail(EXIT_STARTUP_FAILED, "failed to start Neo4j: " + rootMessage(e));
        }

        if (STOP_REQUESTED.getCount() == 0) { // stop requested while starting: never announce readiness
            shutdown();
            return EXIT_OK;
        }
        System.err.printf("neo4j-local: ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        PROTOCOL.println("NEO4J_READY bolt://" + HOST + ":" + port);
        PROTOCOL.flush();

        try {
            STOP_REQUESTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdown();
        return EXIT_OK;
    }

    private static Map<Setting<?>, Object> buildSettings(Options options, Path dataDir) {
        Map<String, String> raw = new LinkedHashMap<>();
        // Directories: everything lives under the data dir (databases/, transactions/, logs/, ...).
        raw.put("server.directories.data", dataDir.toString());
        raw.put("server.directories.logs", dataDir.resolve("logs").toString());
        raw.put("server.directories.import", dataDir.resolve("import").toString());
        // Bolt only, loopback only, plaintext, no auth (local development).
        raw.put("server.bolt.enabled", "true");
        raw.put("server.bolt.listen_address", HOST + ":" + options.port);
        raw.put("server.bolt.advertised_address", HOST + ":" + options.port);
        raw.put("server.bolt.tls_level", "DISABLED");
        raw.put("server.default_listen_address", HOST);
        raw.put("server.default_advertised_address", HOST);
        raw.put("server.http.enabled", "false");
        raw.put("server.https.enabled", "false");
        raw.put("dbms.security.auth_enabled", "false");
        // Never talk to the internet; no extra routing listener (7688).
        raw.put("dbms.usage_report.enabled", "false");
        raw.put("server.bolt.telemetry.enabled", "false");
        raw.put("dbms.routing.enabled", "false");
        // Netty's default 5 s quiet period per Bolt connector (there are two) makes shutdown take ~10 s.
        raw.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        // Memory: modest page cache on a small machine shared with Node. Transaction memory keeps
        // Neo4j's default (a share of the heap), so an oversized transaction fails cleanly instead of OOM-ing.
        raw.put("server.memory.pagecache.size", options.pageCache);
        raw.put("db.memory.pagecache.warmup.enable", "false");
        // Keep transaction logs small: this is a dev database, not a backup source.
        raw.put("db.tx_log.rotation.retention_policy", "2 files");
        raw.put("db.tx_log.rotation.size", "64M");
        raw.put("db.tx_log.preallocate", "false");
        raw.putAll(options.extraConfig);

        Config parsed = Config.newBuilder().setRaw(raw).build(); // parses and validates (strict)
        Map<String, Setting<Object>> declared = parsed.getDeclaredSettings();
        Map<Setting<?>, Object> settings = new HashMap<>();
        for (String key : raw.keySet()) {
            Setting<Object> setting = declared.get(key);
            if (setting == null) {
                throw new IllegalArgumentException("unknown setting '" + key + "'");
            }
            settings.put(setting, parsed.get(setting));
        }
        return settings;
    }

    /**
     * Runs a few representative statements (schema, writes, full-text and point queries) in a throwaway
     * label space so that their classes get loaded; used by train-cds.sh when recording the class archive.
     */
    private static void warmUp(GraphDatabaseService db) {
        String[] statements = {
            "RETURN 1",
            "CREATE CONSTRAINT cds_warmup_id IF NOT EXISTS FOR (n:CdsWarmup) REQUIRE n.id IS UNIQUE",
            "CREATE FULLTEXT INDEX cds_warmup_ft IF NOT EXISTS FOR (n:CdsWarmup) ON EACH [n.name]",
            "CREATE POINT INDEX cds_warmup_pt IF NOT EXISTS FOR (n:CdsWarmup) ON (n.location)",
            "CALL db.awaitIndexes(60)",
            "UNWIND range(1, 50) AS i MERGE (n:CdsWarmup {id: i}) SET n.name = 'name ' + i,"
                    + " n.location = point({latitude: 40.0 + i / 100.0, longitude: -100.0})"
                    + " WITH n MATCH (m:CdsWarmup {id: n.id - 1}) MERGE (m)-[:CDS_NEXT]->(n)",
            "CALL db.index.fulltext.queryNodes('cds_warmup_ft', 'name~') YIELD node, score RETURN count(*)",
            "MATCH (n:CdsWarmup) WHERE point.distance(n.location, point({latitude: 40.2, longitude: -100.0})) < 10000"
                    + " RETURN count(n)",
            "MATCH p = shortestPath((a:CdsWarmup {id: 1})-[:CDS_NEXT*..60]->(b:CdsWarmup {id: 50})) RETURN length(p)",
            "SHOW INDEXES YIELD name RETURN count(*)",
            "MATCH (n:CdsWarmup) DETACH DELETE n",
            "DROP INDEX cds_warmup_ft IF EXISTS",
            "DROP INDEX cds_warmup_pt IF EXISTS",
            "DROP CONSTRAINT cds_warmup_id IF EXISTS",
        };
        for (String statement : statements) {
            db.executeTransactionally(statement);
        }
        System.err.println("neo4j-local: warm-up statements done");
    }

    /** The port the Bolt connector actually bound (for --port 0). */
    private static int boundBoltPort(GraphDatabaseService db) {
        HostnamePort address = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (address == null || address.getPort() <= 0) {
            throw new IllegalStateException("Bolt connector did not report its port");
        }
        return address.getPort();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForBolt(int port, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("Bolt did not accept connections on " + HOST + ":" + port, e);
                }
                Thread.sleep(50);
            }
        }
    }

    @SuppressWarnings("restriction")
    private static void installSignalHandler(String name) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                System.err.println("neo4j-local: received SIG" + name + ", shutting down");
                STOP_REQUESTED.countDown();
            });
        } catch (Throwable e) {
            // Signal unsupported here (or reserved by the JVM): the shutdown hook still stops the DBMS.
            System.err.println("neo4j-local: cannot handle SIG" + name + " (" + e.getMessage() + ")");
        }
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) != -1) {
                    // Ignore anything written to us; we only care about EOF.
                }
            } catch (IOException ignored) {
                // Treat a broken stdin like a closed one.
            }
            System.err.println("neo4j-local: stdin closed, shutting down");
            STOP_REQUESTED.countDown();
        }, "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops the DBMS once; safe to call from the main thread and the shutdown hook. */
    private static void shutdown() {
        STOP_REQUESTED.countDown();
        synchronized (LIFECYCLE_LOCK) {
            if (stopped) {
                return;
            }
            stopped = true;
            DatabaseManagementService service = managementService;
            if (service == null) {
                return;
            }
            long started = System.nanoTime();
            try {
                service.shutdown();
            } catch (Throwable e) {
                System.err.println("neo4j-local: error during shutdown: " + rootMessage(e));
            }
            System.err.printf("neo4j-local: stopped in %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            PROTOCOL.println("NEO4J_STOPPED");
            PROTOCOL.flush();
        }
    }

    private static void shutdownQuietly() {
        synchronized (LIFECYCLE_LOCK) {
            stopped = true;
            DatabaseManagementService service = managementService;
            if (service != null) {
                try {
                    service.shutdown();
                } catch (Throwable ignored) {
                    // Already failing; the original error is what matters.
                }
            }
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Address already in use")
                    || message.contains("already in use"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        if (root != e && e.getMessage() != null && !e.getMessage().contains(message)) {
            message = e.getMessage() + ": " + message;
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    private static String neo4jVersion() {
        String version = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return version != null ? version : "5.26";
    }

    private static int fail(int code, String message) {
        System.err.println("neo4j-local: error: " + message);
        System.err.flush();
        return code;
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = String.join("\n",
                "Usage: run.sh [options]",
                "  --port <n>              Bolt port on 127.0.0.1 (default 7687; 0 = any free port,",
                "                          read the chosen one from the NEO4J_READY line)",
                "  --data <dir>            data directory (default <repo>/.neo4j-local/data)",
                "  --page-cache <size>     page cache size, e.g. 512m, 2g (default 512m)",
                "  --conf <key=value>      extra Neo4j setting; repeatable, overrides the launcher's",
                "  --exit-on-stdin-close   stop the DBMS when stdin reaches EOF (parent died)",
                "  --warmup                run a few throwaway statements before NEO4J_READY (train-cds.sh)",
                "  --help                  show this help",
                "",
                "Stdout carries only 'NEO4J_READY bolt://127.0.0.1:<port>' and 'NEO4J_STOPPED'.",
                "Exit codes: 0 clean stop, 1 startup failure, 2 bad arguments, 3 port in use.",
                "");

        int port = 7687;
        Path dataDir;
        String pageCache = "512m";
        boolean exitOnStdinClose;
        boolean warmup;
        boolean help;
        final Map<String, String> extraConfig = new LinkedHashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    inlineValue = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--port" -> {
                        String value = inlineValue != null ? inlineValue : value(args, ++i, arg);
                        try {
                            o.port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port expects a number, got '" + value + "'");
                        }
                        if (o.port < 0 || o.port > 65535) {
                            throw new IllegalArgumentException("--port out of range: " + o.port);
                        }
                    }
                    case "--data" -> o.dataDir = Paths.get(inlineValue != null ? inlineValue : value(args, ++i, arg));
                    case "--page-cache" -> o.pageCache = inlineValue != null ? inlineValue : value(args, ++i, arg);
                    case "--conf" -> {
                        String kv = inlineValue != null ? inlineValue : value(args, ++i, arg);
                        int sep = kv.indexOf('=');
                        if (sep <= 0) {
                            throw new IllegalArgumentException("--conf expects key=value, got '" + kv + "'");
                        }
                        o.extraConfig.put(kv.substring(0, sep).trim(), kv.substring(sep + 1).trim());
                    }
                    case "--exit-on-stdin-close" -> o.exitOnStdinClose = true;
                    case "--warmup" -> o.warmup = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (o.dataDir == null) {
                o.dataDir = defaultDataDir();
            }
            return o;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        /** {@code <repo>/.neo4j-local/data}: repo root from -Dnaig.repo.root, else the nearest parent with .git. */
        private static Path defaultDataDir() {
            String configured = System.getProperty("naig.repo.root");
            Path root = configured != null && !configured.isBlank() ? Paths.get(configured) : null;
            if (root == null) {
                for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
                    if (Files.exists(p.resolve(".git"))) {
                        root = p;
                        break;
                    }
                }
            }
            if (root == null) {
                root = Paths.get("").toAbsolutePath();
            }
            return root.resolve(".neo4j-local").resolve("data");
        }
    }
}
