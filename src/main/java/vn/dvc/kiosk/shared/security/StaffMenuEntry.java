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
 * @param groupLeaders   also shown to advisors who lead their group, whatever {@code roles} says
 */
public record StaffMenuEntry(String route, String titleKey, String descriptionKey, Set<StaffRole> roles, int order,
        boolean groupLeaders) {

    public StaffMenuEntry(String route, String titleKey, String descriptionKey, Set<StaffRole> roles, int order) {
        this(route, titleKey, descriptionKey, roles, order, false);
    }

    public boolean visibleTo(StaffMember member) {
        return roles.contains(member.role()) || groupLeaders && member.groupLeader();
    }
}
