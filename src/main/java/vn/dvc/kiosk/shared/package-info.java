/**
 * What every feature may use: layout, i18n, text rules, database bootstrap. Open, because a layout and
 * a text rule are not a feature's private business.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dvc.kiosk.shared;
