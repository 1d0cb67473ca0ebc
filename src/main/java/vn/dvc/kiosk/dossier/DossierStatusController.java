package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;

/**
 * A dossier's status for other channels (a chatbot, the commune's website): by code and the last four digits of
 * the applicant's ID number, limited per client like the tracking screen. Not found and wrong digits look the same.
 */
@RestController
class DossierStatusController {

    /**
     * What other channels get: no name, no ID number.
     *
     * @param steps             the resident's timeline, each step with the day it was reached
     * @param supplementRequest what the officer asked for while the dossier waits for more papers, else null
     */
    record StatusAnswer(String code, String procedureName, DossierStatus status, int portalStatusCode,
            DossierStatus.ResidentStep residentStep, LocalDateTime receivedAt, LocalDate appointmentDate,
            FeeStatus feeStatus, List<TimelineStep> steps, String supplementRequest) {
    }

    private final Dossiers dossiers;
    private final LookupRateLimiter limiter;

    DossierStatusController(Dossiers dossiers, LookupRateLimiter limiter) {
        this.dossiers = dossiers;
        this.limiter = limiter;
    }

    @GetMapping("/api/dossiers/{code}/status")
    ResponseEntity<StatusAnswer> status(@PathVariable String code, @RequestParam(name = "idLast4") String idLast4,
            HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(limiter.window().toSeconds())).build();
        }
        return dossiers.track(code, idLast4).map(DossierStatusController::answer)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<StatusAnswer> answer(TrackedDossier tracked) {
        DossierView view = tracked.view();
        return ResponseEntity.ok(new StatusAnswer(view.code(), view.procedureName(), view.status(),
                view.status().portalCode(), view.status().residentStep(), view.receivedAt(), view.appointmentDate(),
                view.feeStatus(), tracked.timeline(), tracked.supplementRequest()));
    }
}
