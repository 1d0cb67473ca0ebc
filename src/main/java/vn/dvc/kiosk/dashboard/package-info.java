/**
 * The leaders' dashboard: online-service measures per province, commune, receiving unit, procedure and month, read
 * from counters its listeners keep from the dossier and payment modules' events. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leader dashboard")
package vn.dvc.kiosk.dashboard;
