package vn.dvc.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * What a kiosk browser keeps of a visit, watched from outside the app: camera tracks started and stopped (recorded by
 * an init script that wraps {@code getUserMedia} and {@code MediaStreamTrack.stop}, reporting through an exposed
 * function, which survives navigations), downloads, and on demand what a screen shows and stores.
 * <p>
 * A track counts as stopped only when something called {@code stop()} on it: a page unload ends a stream without
 * calling it, so these records prove the app released the camera itself.
 */
public final class VisitTraces {

    private static final String RECORDER = """
            (() => {
              const report = (what, id) => { try { window.__dvcTrack(what, id); } catch (e) {} };
              const devices = navigator.mediaDevices;
              if (devices && devices.getUserMedia) {
                const original = devices.getUserMedia.bind(devices);
                devices.getUserMedia = async (constraints) => {
                  const stream = await original(constraints);
                  stream.getTracks().forEach((t) => report('started', t.id));
                  return stream;
                };
              }
              if (window.MediaStreamTrack) {
                const stop = MediaStreamTrack.prototype.stop;
                MediaStreamTrack.prototype.stop = function () { report('stopped', this.id); return stop.call(this); };
              }
            })();
            """;

    /** Everything on screen and in the page, shadow roots included. */
    private static final String CONTENTS = """
            () => {
              const all = [];
              const walk = (root) => root.querySelectorAll('*').forEach((el) => {
                all.push(el);
                if (el.shadowRoot) { walk(el.shadowRoot); }
              });
              walk(document);
              const typed = (el) => el.localName === 'textarea' || (el.localName === 'input'
                  && ['', 'text', 'email', 'tel', 'number', 'search', 'password', 'url']
                      .includes((el.getAttribute('type') || '').toLowerCase()));
              // what a finger could type in now: Flow sends an invisible field's attributes only once it is shown
              const shown = (el) => el.getClientRects().length > 0;
              const inUpload = (el) => {
                for (let n = el; n; n = n.parentNode || n.host) { if (n.localName === 'vaadin-upload') return true; }
                return false;
              };
              return {
                text: document.body.innerText,
                values: all.filter(typed).map((el) => el.value || ''),
                remembered: all.filter(typed).filter(shown).filter((el) => (el.getAttribute('autocomplete') || '') !== 'off')
                    .map((el) => ((el.parentElement && el.parentElement.closest('[id]')) || el).id),
                links: all.filter((el) => el.localName === 'a' && el.hasAttribute('href'))
                    .map((el) => el.href + (el.hasAttribute('download') ? ' [download]' : '')
                        + (el.getAttribute('target') ? ' [target=' + el.getAttribute('target') + ']' : '')),
                fileDialogs: all.filter((el) => el.localName === 'input' && el.type === 'file' && !inUpload(el))
                    .map((el) => el.outerHTML.slice(0, 120)),
              };
            }
            """;

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final AtomicInteger downloads = new AtomicInteger();

    private VisitTraces() {
    }

    /** Starts recording on this page; call before its first navigation. */
    public static VisitTraces record(Page page) {
        VisitTraces traces = new VisitTraces();
        page.exposeFunction("__dvcTrack", args -> {
            ("started".equals(args[0]) ? traces.started : traces.stopped).add(String.valueOf(args[1]));
            return null;
        });
        page.addInitScript(RECORDER);
        page.onDownload(download -> traces.downloads.incrementAndGet());
        return traces;
    }

    /** Ids of the camera tracks the page started. */
    public Set<String> startedTracks() {
        return Set.copyOf(started);
    }

    /** Tracks started and never stopped by a {@code stop()} call. */
    public Set<String> tracksNotStopped() {
        Set<String> live = new HashSet<>(started);
        live.removeAll(stopped);
        return live;
    }

    public int downloads() {
        return downloads.get();
    }

    /** What one screen shows, holds in its inputs, and links to. */
    public record ScreenContents(String text, List<String> values, List<String> remembered, List<String> links,
            List<String> fileDialogs) {

        /** Fails if any of these strings is on the screen or in one of its inputs. */
        public void showsNoneOf(String where, List<String> secrets) {
            for (String secret : secrets) {
                assertThat(text).as("text of %s", where).doesNotContain(secret);
                assertThat(values).as("input values of %s", where).noneMatch(value -> value.contains(secret));
            }
        }

        /**
         * Fails if the screen offers a way out of the app: a link to another origin, a download, a new window, a
         * file dialog other than the app's own upload, or an input the browser would fill from an earlier visit.
         */
        public void keepsTheResidentInTheApp(String where, String origin) {
            assertThat(links).as("links of %s", where).allMatch(link -> link.startsWith(origin + "/")
                    && !link.contains(" [download]") && !link.contains(" [target="));
            assertThat(fileDialogs).as("file inputs outside the app's upload on %s", where).isEmpty();
            assertThat(remembered).as("inputs without autocomplete=off on %s", where).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    public static ScreenContents contents(Page page) {
        Map<String, Object> found = (Map<String, Object>) page.evaluate(CONTENTS);
        return new ScreenContents((String) found.get("text"), (List<String>) found.get("values"),
                (List<String>) found.get("remembered"), (List<String>) found.get("links"),
                (List<String>) found.get("fileDialogs"));
    }

    /**
     * Presses the browser's Back button and returns the screen it leads to once the server has drawn it (a route
     * reached by Back is a new page, drawn from whatever session the browser has now).
     */
    public static ScreenContents back(Page page) {
        page.goBack(new Page.GoBackOptions().setWaitUntil(WaitUntilState.LOAD));
        try {
            page.locator("main > *").first().waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED));
        } catch (com.microsoft.playwright.TimeoutError nothingDrawn) {
            // what the browser shows instead, for whoever reads the failure
            java.nio.file.Path shot = java.nio.file.Paths.get("target", "screenshots", "back-nothing-drawn.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot));
            throw new AssertionError("Back led to " + page.url() + " where nothing was drawn in <main> (screenshot "
                    + shot + "); body: " + page.locator("body").innerHTML().lines().limit(40).toList(), nothingDrawn);
        }
        return contents(page);
    }

    /** The session cookie's value, or null. */
    public static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    /**
     * The keys of this storage, less those Vaadin's development tools write on every page load (the tests run the
     * app in development mode; a kiosk runs the production bundle, which has no such tools).
     */
    @SuppressWarnings("unchecked")
    private static List<String> appKeys(Page page, String storage) {
        return ((List<String>) page.evaluate("() => Object.keys(" + storage + ")")).stream()
                .filter(key -> !key.startsWith("vaadin.statistics.") && !key.startsWith("vaadin.live-reload."))
                .toList();
    }

    /** Nothing of a visit is left in the browser's storage; the only cookie is the (new) session's. */
    public static void assertStorageEmpty(Page page) {
        assertThat(appKeys(page, "localStorage")).as("localStorage").isEmpty();
        assertThat(appKeys(page, "sessionStorage")).as("sessionStorage").isEmpty();
        assertThat((List<?>) page.evaluate("async () => (await indexedDB.databases()).map((d) => d.name)"))
                .as("IndexedDB databases").isEmpty();
        assertThat((List<?>) page.evaluate("async () => window.caches ? await caches.keys() : []"))
                .as("Cache Storage").isEmpty();
        assertThat(page.context().cookies()).as("cookies").extracting((Cookie c) -> c.name)
                .containsOnly("JSESSIONID");
    }
}
