package org.attune.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The machine a benchmark ran on, as a reader comparing figures needs it: processors, memory,
 * operating system, Java, heap limit, collector, and the file system the benchmark wrote to.
 *
 * @param processors available processors
 * @param cpu the processor's model name, or "" where the system does not say
 * @param memoryBytes the machine's total memory, or -1 when unknown
 * @param os operating system name, version and architecture
 * @param java Java version, vendor and VM
 * @param heapLimit the -Xmx given, or "default", with the resulting maximum heap
 * @param collectors the garbage collectors in use
 * @param fileSystem the type of the file system the benchmark's files are on
 */
public record MachineDescription(int processors, String cpu, long memoryBytes, String os, String java, String heapLimit,
                                 String collectors, String fileSystem) {

    public static MachineDescription current(Path workFolder) {
        Runtime runtime = Runtime.getRuntime();
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        String xmx = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx"))
                .reduce((first, second) -> second)
                .orElse("no -Xmx (default)");
        String heapLimit = xmx + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB";
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        String fileSystem;
        try {
            fileSystem = Files.getFileStore(workFolder).type();
        } catch (IOException e) {
            fileSystem = "unknown";
        }
        return new MachineDescription(runtime.availableProcessors(), cpuModel(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                heapLimit, collectors, fileSystem);
    }

    /** A Markdown list of the facts, one per line. */
    public String markdown() {
        return "- processors: " + processors + (cpu.isEmpty() ? "" : " (" + cpu + ")") + "\n"
                + "- memory: " + (memoryBytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GB", memoryBytes / 1e9)) + "\n"
                + "- OS: " + os + "\n"
                + "- Java: " + java + "\n"
                + "- heap: " + heapLimit + "; collector: " + collectors + "\n"
                + "- files written to: a temporary folder on " + fileSystem + "\n";
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return lines.stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
