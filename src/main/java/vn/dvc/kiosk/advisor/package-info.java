/**
 * Volunteer advisors on tablets: starting an assisted visit for a resident (who then files through the kiosk's own
 * screens, the dossier recorded as assisted by them), and the dossiers they helped with, theirs only. Uses the dossier
 * module's public API and shared's sign-in and {@link vn.dvc.kiosk.shared.ui.AssistedVisit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteer advisors")
package vn.dvc.kiosk.advisor;
