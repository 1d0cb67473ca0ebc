package vn.dvc.kiosk.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated kiosk filing "Xác nhận thông tin về cư trú" (1.010041) again and again through {@link FlowClient}:
 * home, the procedure's page, "start", "use this device's camera", camera frames (a few showing only the desk, then
 * one with the citizen ID card's QR code, sent as the browser camera component sends them: a JPEG data URL to its
 * {@code @ClientCallable frame}), confirm the card, consent, the 7 questions (answered where the card does not, Next
 * on each), review, delivery and submit, the receipt, and "finish" (the visit ends, the next page load starts a new
 * session). Between two steps it thinks like a person at a kiosk. Each step's round trips are timed by
 * {@link LoadFigures}; a step that does not lead to the screen it should is an error, and the kiosk starts over.
 */
final class FilingKiosk {

    static final String PROCEDURE = "1.010041";

    /** What a resident types, by question (questions the card answers, and optional ones, are left as they are). */
    private static final Map<String, String> TYPED = Map.of(
            "Mục đích sử dụng", "Bổ sung hồ sơ xin việc",
            "Số điện thoại", "0912345678");

    interface Pause {
        /** Waits as a resident does between two steps; false when the run is over and the kiosk should stop. */
        boolean think() throws InterruptedException;
    }

    private final FlowClient browser;
    private final LoadFigures figures;
    private final Pause pause;
    private final String cardFrame;
    private final String deskFrame;
    private final int framesWithoutCard;

    FilingKiosk(FlowClient browser, LoadFigures figures, Pause pause, String cardFrame, String deskFrame,
            int framesWithoutCard) {
        this.browser = browser;
        this.figures = figures;
        this.pause = pause;
        this.cardFrame = cardFrame;
        this.deskFrame = deskFrame;
        this.framesWithoutCard = framesWithoutCard;
    }

    FlowClient browser() {
        return browser;
    }

    /** Files dossiers until {@link Pause#think()} says stop; returns with the kiosk idle between two steps. */
    void run() throws InterruptedException {
        while (true) {
            try {
                if (!journey()) {
                    return;
                }
                figures.journeyDone();
            } catch (InterruptedException stop) {
                throw stop;
            } catch (Exception | AssertionError failed) {
                figures.error(failed);
                if (!pause.think()) {
                    return;
                }
            }
        }
    }

    /** @return false when stopped between two steps */
    private boolean journey() throws Exception {
        step("home", () -> browser.load("", ""), "nav-home");
        if (!pause.think()) {
            return false;
        }
        step("procedure page", () -> browser.navigate("thu-tuc/" + PROCEDURE, ""), "procedure-start");
        if (!pause.think()) {
            return false;
        }
        step("start filing", () -> browser.followLink("procedure-start"), "choice-device");
        if (!pause.think()) {
            return false;
        }
        step("choose camera", () -> browser.followLink("choice-device"), "qr-camera");
        for (int frame = 0; frame < framesWithoutCard; frame++) {
            Thread.sleep(300); // the camera component's pause between two frames
            step("camera frame, no card", () -> browser.send(List.of(browser.callServer("qr-camera", "frame", deskFrame))),
                    "qr-camera");
        }
        Thread.sleep(300);
        step("camera frame, card", () -> browser.send(List.of(browser.callServer("qr-camera", "frame", cardFrame))),
                "confirm-yes");
        if (!pause.think()) {
            return false;
        }
        step("confirm card", () -> click("confirm-yes"), "consent-agree");
        if (!pause.think()) {
            return false;
        }
        step("consent", () -> click("consent-agree"), "question-next");
        for (int question = 1; browser.has("question-next"); question++) {
            if (!pause.think()) {
                return false;
            }
            String label = browser.text(browser.nodeOf("question"));
            List<ObjectNode> rpc = answer(label);
            rpc.add(FlowClient.click(browser.nodeOf("question-next")));
            int before = browser.nodeOf("question");
            String expected = question < 7 ? "question-next" : "review-next";
            step("question", () -> browser.send(rpc), expected);
            if (browser.find("question").map(q -> q == before).orElse(false)) {
                throw new AssertionError("question \"" + label + "\" was not accepted: " + browser.screenIds());
            }
        }
        if (!pause.think()) {
            return false;
        }
        step("review", () -> click("review-next"), "submit");
        if (!pause.think()) {
            return false;
        }
        step("submit", () -> click("submit"), "dossier-code");
        if (!pause.think()) {
            return false;
        }
        step("finish", () -> click("finish"), null);
        return true;
    }

    /** The invocations that answer the question on the screen, as a finger and the on-screen keyboard would. */
    private List<ObjectNode> answer(String label) {
        List<ObjectNode> rpc = new ArrayList<>();
        int answer = browser.nodeOf("answer");
        FlowClient.Node input = browser.node(answer);
        switch (input.tag) {
            case "vaadin-text-field", "vaadin-text-area", "vaadin-email-field" -> {
                Object current = input.properties.get("value");
                String typed = TYPED.get(label);
                if (typed != null && (current == null || String.valueOf(current).isEmpty())) {
                    rpc.add(FlowClient.setProperty(answer, "value", typed));
                    rpc.add(FlowClient.domEvent(answer, "change"));
                }
            }
            case "vaadin-radio-group" -> {
                List<Integer> choices = browser.descendants(answer, "vaadin-radio-button");
                if (choices.isEmpty()) {
                    throw new AssertionError("no choices for \"" + label + "\"");
                }
                int pick = choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
                Object key = browser.node(pick).properties.get("value");
                rpc.add(FlowClient.setProperty(answer, "value", String.valueOf(key)));
                rpc.add(FlowClient.domEvent(answer, "value-changed"));
            }
            default -> throw new AssertionError("an answer this kiosk cannot give: <" + input.tag + "> for \"" + label + "\"");
        }
        return rpc;
    }

    private void click(String id) throws IOException, InterruptedException {
        browser.send(List.of(FlowClient.click(browser.nodeOf(id))));
    }

    private interface Action {
        void run() throws IOException, InterruptedException;
    }

    private void step(String name, Action action, String expected) throws IOException, InterruptedException {
        long began = System.nanoTime();
        long received = browser.receivedChars();
        action.run();
        figures.record(name, System.nanoTime() - began, browser.receivedChars() - received);
        if (expected != null && !browser.has(expected)) {
            throw new AssertionError("after \"" + name + "\" no #" + expected + " on the screen " + browser.screenIds());
        }
    }
}
