package org.attune;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point. It is compiled for Java 8 so that an older Java, run by mistake, says in
 * one line which Java Attune needs instead of failing with an UnsupportedClassVersionError; on
 * Java 21 or newer it hands over to the command line.
 */
public final class Launcher {

    private static final int REQUIRED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version");
        int major = Integer.parseInt(version.startsWith("1.") ? version.substring(2) : version);
        if (major < REQUIRED) {
            System.err.println("attune: needs Java " + REQUIRED + " or newer, but this is Java " + version + " ("
                    + System.getProperty("java.home") + "); run it with a JDK " + REQUIRED
                    + "+, for example \"$JAVA_HOME/bin/java\" -jar attune.jar");
            System.exit(1);
        }
        try {
            Class.forName("org.attune.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
