package vn.dvc.kiosk.shared.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's principal for a staff sign-in, carrying the {@link StaffMember} the views need. */
final class SignedInStaff extends User {

    private final StaffMember member;

    SignedInStaff(StaffMember member, String passwordHash, boolean enabled) {
        super(member.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(member.role().authority())));
        this.member = member;
    }

    StaffMember member() {
        return member;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
