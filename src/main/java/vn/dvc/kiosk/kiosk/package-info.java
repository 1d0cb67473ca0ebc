/**
 * The kiosk itself: its profile (which commune, languages, camera, printer, procedures), receipt printing and its
 * health reports. Features ask it through its services; it depends on shared only, plus the catalog for procedures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiosk")
package vn.dvc.kiosk.kiosk;
