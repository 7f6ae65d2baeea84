package atlas.neo4j;

import java.nio.file.Path;

/** Command-line options of the embedded launcher; see {@link EmbeddedNeo4j}. */
record LauncherOptions(Path home, int port, Path plugins, boolean watchStdin, String pageCache,
                       int txTimeoutSeconds) {

    static LauncherOptions parse(String[] args) {
        Path home = null;
        Path plugins = null;
        Integer port = null;
        boolean watchStdin = false;
        String pageCache = "512m";
        int txTimeoutSeconds = 120;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--home" -> home = Path.of(value(args, ++i, arg));
                case "--plugins" -> plugins = Path.of(value(args, ++i, arg));
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--page-cache" -> pageCache = value(args, ++i, arg);
                case "--tx-timeout-seconds" -> txTimeoutSeconds = Integer.parseInt(value(args, ++i, arg));
                case "--watch-stdin" -> watchStdin = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("--home DIR is required");
        }
        if (port == null) {
            throw new IllegalArgumentException("--port N is required");
        }
        if (plugins == null) {
            plugins = home.resolve("plugins");
        }
        return new LauncherOptions(home, port, plugins, watchStdin, pageCache, txTimeoutSeconds);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 1 to 65535, not " + text);
        }
    }
}
