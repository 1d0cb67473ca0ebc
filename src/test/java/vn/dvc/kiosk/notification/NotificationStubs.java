package vn.dvc.kiosk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The SMS gateway stub: the JDK's own HTTP server on the port the test configuration gives the SMS channel. It
 * records every request and answers 500 to the next failures asked for a dossier code, 200 otherwise.
 */
final class NotificationStubs implements AutoCloseable {

    static final int SMS_PORT = 39081;
    static final int SMTP_PORT = 39025;

    /** One request the gateway received, and whether it was answered 200. */
    record Received(String body, String authorization, boolean accepted) {
    }

    private final HttpServer server;
    final List<Received> sms = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    volatile long delayMillis;

    NotificationStubs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", SMS_PORT), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/sms", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean fail = failures.entrySet().stream().anyMatch(entry -> body.contains(entry.getKey())
                    && entry.getValue().getAndDecrement() > 0);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sms.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization"), !fail));
            exchange.sendResponseHeaders(fail ? 500 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    void failNext(String dossierCode, int times) {
        failures.put(dossierCode, new AtomicInteger(times));
    }

    /** The SMS the gateway accepted for this dossier. */
    List<Received> acceptedSmsFor(String dossierCode) {
        return sms.stream().filter(r -> r.accepted() && r.body().contains(dossierCode)).toList();
    }

    List<Received> smsFor(String dossierCode) {
        return sms.stream().filter(r -> r.body().contains(dossierCode)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
