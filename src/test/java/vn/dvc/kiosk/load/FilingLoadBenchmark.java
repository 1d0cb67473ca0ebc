package vn.dvc.kiosk.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Issue 10's load test: N simulated kiosks file dossiers at once through Vaadin's real protocol ({@link FlowClient},
 * {@link FilingKiosk}), against the whole app with its MariaDB started in this JVM on a random port. Prints sessions
 * held, journeys per minute, p50/p95/p99 server round trip per step, errors, CPU (this process: the app and the load
 * generator; and the machine: MariaDB too), and heap per session idle between steps (live heap after GC with the
 * sessions, minus after they are expired, divided by their number). Asserts nothing about time (BENCHMARKS.md, "Filing
 * load through the Vaadin protocol"). Run:
 * {@code mvn test -Dgroups=benchmark -Dexcluded.groups=none -Dtest=FilingLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dload.kiosks=500}
 * <p>
 * Parameters: {@code load.kiosks} (50), {@code load.rampup.seconds} (60), {@code load.seconds} (measured window after
 * the ramp-up, 180), {@code load.think.seconds} (mean pause between steps, 4; each pause uniform in 0.5×–1.5×),
 * {@code load.frames.without.card} (camera frames of the empty desk before the card, 3).
 */
@Tag("benchmark")
@KioskIntegrationTest
class FilingLoadBenchmark {

    private static final int KIOSKS = Integer.getInteger("load.kiosks", 50);
    private static final Duration RAMP_UP = Duration.ofSeconds(Long.getLong("load.rampup.seconds", 60));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("load.seconds", 180));
    private static final double THINK_SECONDS = Double.parseDouble(System.getProperty("load.think.seconds", "4"));
    private static final int FRAMES_WITHOUT_CARD = Integer.getInteger("load.frames.without.card", 3);
    private static final int CARDS = 20;
    /** {@code load.histogram=true}: also print the biggest classes of the live heap (jcmd GC.class_histogram). */
    private static final boolean HISTOGRAM = Boolean.getBoolean("load.histogram");

    static {
        // Development mode (this test's) keeps a Throwable per component created and attached (Flow's ComponentTracker,
        // for the IDE's "go to source"): about 1 GB after 3 minutes of 100 kiosks, most of the heap figure. A kiosk
        // runs in production mode, where it is off; -Dload.componentTracker=true measures with it. Read once per JVM.
        if (!Boolean.getBoolean("load.componentTracker")) {
            System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    private volatile boolean running = true;

    @Test
    void kiosksFileDossiersAtOnce() throws Exception {
        URI base = URI.create("http://localhost:" + port + "/");
        String started = Instant.now().toString();
        long coldHeap = liveHeapAfterGc();
        String deskFrame = dataUrl(CardImageCorpus.Scene.emptyDesk(960, 540).render());
        List<String> cardFrames = new ArrayList<>();
        for (int card = 0; card < CARDS; card++) {
            cardFrames.add(dataUrl(CardImageCorpus.cardFrame(cardPayload(card), 960, 540)));
        }

        LoadFigures figures = new LoadFigures();
        CpuSampler cpu = new CpuSampler();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<FilingKiosk> kiosks = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(KIOSKS);
        AtomicInteger idle = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < KIOSKS; i++) {
            FilingKiosk kiosk = new FilingKiosk(new FlowClient(http, base), figures, this::think,
                    cardFrames.get(i % CARDS), deskFrame, FRAMES_WITHOUT_CARD);
            kiosks.add(kiosk);
            long delay = RAMP_UP.toMillis() * i / KIOSKS;
            threads.add(Thread.ofVirtual().name("kiosk-" + i).start(() -> {
                try {
                    Thread.sleep(delay);
                    kiosk.run();
                    idle.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    stopped.countDown();
                }
            }));
        }
        String loadBefore = loadAverage();
        Thread.sleep(RAMP_UP.toMillis());
        figures.measure(true);
        cpu.start();
        long measuredFrom = System.nanoTime();
        Thread.sleep(MEASURED.toMillis());
        figures.measure(false);
        double minutes = (System.nanoTime() - measuredFrom) / 60e9;
        cpu.stop();
        int sessionsDuringRun = activeSessions();
        String loadAfter = loadAverage();
        running = false; // each kiosk stops at its next pause: idle between two steps, its session held
        boolean allStopped = stopped.await(5, java.util.concurrent.TimeUnit.MINUTES);

        // Heap per idle session: the client's own screens forgotten, the server's sessions measured with and without.
        kiosks.forEach(k -> k.browser().forgetScreen());
        int held = activeSessions();
        long withSessions = liveHeapAfterGc();
        String histogramWith = HISTOGRAM ? liveHistogram() : "";
        expireAllSessions();
        long withoutSessions = liveHeapAfterGc();
        String histogramWithout = HISTOGRAM ? liveHistogram() : "";

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nFiling load through the Vaadin protocol (%s)%n", started));
        out.append(String.format(Locale.ROOT, "  machine: %d cores, max heap %d MB, Java %s; load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "  kiosks %d, ramp-up %d s, measured %d s, think %.1f s mean, %d empty frames "
                + "before the card%n", KIOSKS, RAMP_UP.toSeconds(), MEASURED.toSeconds(), THINK_SECONDS, FRAMES_WITHOUT_CARD));
        out.append(String.format(Locale.ROOT, "  sessions held: %d during the run, %d at its end (%d kiosks idle between steps)%n",
                sessionsDuringRun, held, idle.get()));
        if (!allStopped) {
            out.append("  (some kiosks were still inside a step 5 minutes after the end: heap figures include them)\n");
        }
        out.append(String.format(Locale.ROOT, "  journeys completed: %d in %.1f min = %.1f per minute%n", figures.journeys(),
                minutes, figures.journeys() / minutes));
        out.append(String.format(Locale.ROOT, "  errors: %d%n", figures.errors()));
        figures.firstErrors().forEach(e -> out.append("    ").append(e).append('\n'));
        out.append(String.format(Locale.ROOT, "  CPU (mean / max of 1 s samples): this JVM (app + load generator) %s; "
                + "machine %s%n", cpu.process(), cpu.machine()));
        out.append(String.format(Locale.ROOT, "  live heap after GC: cold start %d MB, with %d sessions %.1f MB, after "
                + "expiring them %.1f MB: %.1f KB per session%n", coldHeap >> 20, held, withSessions / 1048576.0,
                withoutSessions / 1048576.0, held == 0 ? Double.NaN : (withSessions - withoutSessions) / 1024.0 / held));
        out.append("  server round trip per step (ms):\n");
        out.append(String.format(Locale.ROOT, "    %-24s %7s %8s %8s %8s %8s %12s%n", "step", "count", "p50", "p95", "p99", "max",
                "answer kchar"));
        for (String[] row : figures.table()) {
            out.append(String.format(Locale.ROOT, "    %-24s %7s %8s %8s %8s %8s %12s%n", (Object[]) row));
        }
        if (HISTOGRAM) {
            out.append("  live heap by class with the sessions:\n").append(histogramWith);
            out.append("  live heap by class after expiring them:\n").append(histogramWithout);
        }
        System.out.print(out);
        org.slf4j.LoggerFactory.getLogger(FilingLoadBenchmark.class).info("{}", out);
    }

    /** A pause of a person between two touches; false once the run is over. */
    private boolean think() throws InterruptedException {
        if (!running) {
            return false;
        }
        long millis = (long) (THINK_SECONDS * 1000 * (0.5 + ThreadLocalRandom.current().nextDouble()));
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!running) {
                return false;
            }
            Thread.sleep(Math.min(250, Math.max(1, until - System.currentTimeMillis())));
        }
        return running;
    }

    /** A card of its own per kiosk group: a different ID number (same name and birth date as the test card). */
    private static String cardPayload(int card) {
        String number = String.format("0010900%05d", 10000 + card);
        return CardImageCorpus.ID_CARD_PAYLOAD.replace("001090012345", number);
    }

    /** A frame as the camera component sends it: JPEG at 0.85, as a data URL. */
    private static String dataUrl(BufferedImage frame) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(frame, null, null), param);
        } finally {
            writer.dispose();
        }
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static long liveHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String liveHistogram() {
        try {
            Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram").redirectErrorStream(true).start();
            List<String> lines = new String(jcmd.getInputStream().readAllBytes()).lines().toList();
            jcmd.waitFor();
            StringBuilder top = new StringBuilder();
            lines.stream().filter(line -> line.matches("\\s*(num|\\d+:|Total).*")).limit(26)
                    .forEach(line -> top.append("    ").append(line.strip()).append('\n'));
            lines.stream().filter(line -> line.startsWith("Total")).forEach(line -> top.append("    ").append(line).append('\n'));
            return top.toString();
        } catch (IOException | InterruptedException e) {
            return "    (jcmd failed: " + e + ")\n";
        }
    }

    private Manager sessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        return webapp.getManager();
    }

    private int activeSessions() {
        return sessions().getActiveSessions();
    }

    private void expireAllSessions() {
        for (Session session : sessions().findSessions()) {
            session.expire();
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Samples this process's and the machine's CPU load once a second. */
    private static final class CpuSampler {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final List<double[]> samples = new ArrayList<>();
        private volatile boolean on;
        private Thread thread;

        void start() {
            on = true;
            thread = Thread.ofPlatform().daemon().name("cpu-sampler").start(() -> {
                while (on) {
                    double process = os.getProcessCpuLoad();
                    double machine = os.getCpuLoad();
                    if (process >= 0 && machine >= 0) {
                        synchronized (samples) {
                            samples.add(new double[] {process, machine});
                        }
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            on = false;
            thread.join();
        }

        String process() {
            return summary(0);
        }

        String machine() {
            return summary(1);
        }

        private String summary(int column) {
            synchronized (samples) {
                double sum = 0;
                double max = 0;
                for (double[] sample : samples) {
                    sum += sample[column];
                    max = Math.max(max, sample[column]);
                }
                return samples.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0f%% / %.0f%%",
                        100 * sum / samples.size(), 100 * max);
            }
        }
    }
}
