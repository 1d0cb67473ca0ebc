package vn.dvc.kiosk.shared.security;

import java.util.Set;

/**
 * One entry of the staff workspace ("Bàn làm việc"): a feature declares its staff screens as beans of this type, so
 * that the workspace lists them without depending on the features.
 *
 * @param route          the view's route, e.g. {@code can-bo/ho-so}
 * @param titleKey       i18n key of the entry's title
 * @param descriptionKey i18n key of one line saying what it is for
 * @param roles          who sees it
 * @param order          position, smallest first
 */
public record StaffMenuEntry(String route, String titleKey, String descriptionKey, Set<StaffRole> roles, int order) {

    public boolean visibleTo(StaffRole role) {
        return roles.contains(role);
    }
}
