/**
 * The one-stop officer's desk: the unit's queue and the dossier screen with its actions. Uses the dossier module's
 * public API ({@link vn.dvc.kiosk.dossier.DossierProcessing}, {@link vn.dvc.kiosk.dossier.DossierResults}, ...) and
 * shared's sign-in; {@link vn.dvc.kiosk.backoffice.OfficerDesk} is where an officer is kept to their own unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Officer desk")
package vn.dvc.kiosk.backoffice;
