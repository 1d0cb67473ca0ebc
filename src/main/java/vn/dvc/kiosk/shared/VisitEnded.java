package vn.dvc.kiosk.shared;

/**
 * A resident's visit ended (finished, or walked away): every feature forgets what it kept of them in the session.
 * Published synchronously in the request that ends the visit, while the session is still current.
 */
public record VisitEnded(String reason) {
}
