package vn.dvc.kiosk.shared.ui;

import java.time.Duration;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Ends a visit nobody is using (see {@code frontend/components/kiosk-idle-guard.ts}). */
@Tag("kiosk-idle-guard")
@JsModule("./components/kiosk-idle-guard.ts")
class IdleGuard extends Component {

    private final Visits visits;

    IdleGuard(Duration idle, Duration warning, Visits visits) {
        this.visits = visits;
        getElement().setAttribute("idle-seconds", String.valueOf(idle.toSeconds()));
        getElement().setAttribute("warn-seconds", String.valueOf(warning.toSeconds()));
        getElement().setAttribute("question", getTranslation("idle.question"));
        getElement().setAttribute("explanation", getTranslation("idle.explanation"));
        getElement().setAttribute("stay-label", getTranslation("idle.stay"));
        setId("idle-guard");
    }

    @ClientCallable
    void endVisit() {
        getUI().ifPresent(ui -> visits.end(ui, "idle timeout"));
    }
}
