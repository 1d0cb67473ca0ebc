package vn.dvc.kiosk.shared.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/**
 * The end of a resident's visit, finished or walked away: features forget the resident ({@link VisitEnded}), the
 * browser forgets everything of theirs (storage, cookies, cameras, speech: see {@code WIPE}), the screen goes back
 * home without a way back, and the server session (language included) is invalidated as that page loads
 * ({@link EndedVisitSessions}).
 * <p>
 * On an advisor's tablet ({@link AssistedVisit}) the session also holds the advisor's sign-in, so it is not
 * invalidated: the same {@link VisitEnded} wipes the resident's card, answers and drafts from it, the language goes
 * back to the default, and the advisor lands on their own screen still signed in.
 */
@Component
public class Visits {

    private static final Logger log = LoggerFactory.getLogger(Visits.class);
    /**
     * Run in the browser before it leaves: nothing the resident left may survive into the next visit, and nothing
     * may wait for the page unload to be released. Cameras are stopped track by track (the QR camera's own
     * {@code stop()}, then any stream still shown in a video, in the page or inside a component's shadow root);
     * speech is silenced; local and session storage, IndexedDB databases, Cache Storage and service workers are
     * emptied (the app uses none of the last three today: this keeps it true if a library starts to); readable
     * cookies expire when {@code $0} asks for it (the session cookie is HttpOnly and invalidated by the server).
     * The promise it returns settles when the deletions are done, or after one second at most.
     */
    private static final String WIPE = """
            const cookiesToo = $0;
            const stopStreams = (root) => root.querySelectorAll('*').forEach((el) => {
              if (el.localName === 'kiosk-qr-camera' && typeof el.stop === 'function') { el.stop(); }
              const stream = el.srcObject;
              if (stream && typeof stream.getTracks === 'function') {
                stream.getTracks().forEach((t) => t.stop());
                el.srcObject = null;
              }
              if (el.shadowRoot) { stopStreams(el.shadowRoot); }
            });
            try { stopStreams(document); } catch (e) {}
            try { window.speechSynthesis && window.speechSynthesis.cancel(); } catch (e) {}
            try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}
            if (cookiesToo) {
              try {
                document.cookie.split(';').map((c) => c.split('=')[0].trim()).filter((n) => n).forEach((n) => {
                  document.cookie = n + '=; Max-Age=0; path=/';
                  document.cookie = n + '=; Max-Age=0';
                });
              } catch (e) {}
            }
            const pending = [];
            try {
              if (window.indexedDB && indexedDB.databases) {
                pending.push(indexedDB.databases().then((dbs) => Promise.all(dbs.map((db) => new Promise((done) => {
                  const request = indexedDB.deleteDatabase(db.name);
                  request.onsuccess = request.onerror = request.onblocked = done;
                })))));
              }
              if (window.caches) {
                pending.push(caches.keys().then((names) => Promise.all(names.map((n) => caches.delete(n)))));
              }
              if (navigator.serviceWorker) {
                pending.push(navigator.serviceWorker.getRegistrations()
                    .then((all) => Promise.all(all.map((r) => r.unregister()))));
              }
            } catch (e) {}
            return Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 1000))])
                .then(() => null, () => null);
            """;
    /**
     * Replaced, not pushed: Back does not lead to the screen the resident left. The way home is also written down
     * for {@link #HOME_AFTER_AN_ENDED_VISIT}: a slow home page gives the old page time to hear that its session ended,
     * and Flow then reloads it, cancelling the way home.
     */
    private static final String GO = """
            try { sessionStorage.setItem('dvc-visit-ended', new URL($0, document.baseURI).pathname); } catch (e) {}
            window.location.replace($0);""";
    /**
     * In the head of every page, before Flow starts: a page loaded while a visit's way home is written down is the old
     * screen reloaded by Flow (its session ended as home loaded), and goes home at once without showing anything;
     * home itself crosses the note out.
     */
    public static final String HOME_AFTER_AN_ENDED_VISIT = """
            (function () {
              try {
                var home = sessionStorage.getItem('dvc-visit-ended');
                if (home && location.pathname !== home) { location.replace(home); }
                else if (home) { sessionStorage.removeItem('dvc-visit-ended'); }
              } catch (e) {}
            })();""";

    private final ApplicationEventPublisher events;
    private final AssistedVisit assisted;
    private final Locale defaultLocale;

    Visits(ApplicationEventPublisher events, AssistedVisit assisted,
            @Value("${kiosk.locale.default:vi}") String defaultLocale) {
        this.events = events;
        this.assisted = assisted;
        this.defaultLocale = KioskLocales.of(defaultLocale);
    }

    public void end(UI ui, String why) {
        Optional<AssistedVisit.Helper> helper = assisted.current();
        log.info("Visit ended: {}{}", why, helper.isPresent() ? " (assisted)" : "");
        events.publishEvent(new VisitEnded(why));
        if (helper.isPresent()) {
            assisted.end();
            ui.getSession().setLocale(defaultLocale);
            // Cookies stay: they are the advisor's, not the resident's. Once the page has gone, Flow's unload beacon
            // closes this UI with what was on its screens.
            afterTheBrowserForgets(ui, false, () -> ui.getPage().executeJs(GO, helper.get().homeRoute()));
            return;
        }
        // The session itself ends as the home page loads (see EndedVisitSessions): ended now, it would make Flow
        // reload the resident's last screen before the browser has finished forgetting and gone home.
        EndedVisitSessions.endWithTheNextPage(ui.getSession().getSession());
        afterTheBrowserForgets(ui, true, () -> ui.getPage().executeJs(GO, "./"));
    }

    /** {@code leave} runs when the browser has answered, or failed to; it is sent back with that answer. */
    private static void afterTheBrowserForgets(UI ui, boolean cookiesToo, Runnable leave) {
        ui.getPage().executeJs(WIPE, cookiesToo).then(done -> leave.run(), failed -> {
            log.warn("The browser could not finish forgetting the visit: {}", failed);
            leave.run();
        });
    }
}
