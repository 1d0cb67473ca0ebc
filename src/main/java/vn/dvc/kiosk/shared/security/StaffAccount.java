package vn.dvc.kiosk.shared.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff sign-in: the password only as its one-way hash (bcrypt, prefixed with its id for future upgrades). */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(name = "group_leader", nullable = false)
    private boolean groupLeader;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, StaffMember member, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = member.displayName();
        this.role = member.role();
        this.unitCode = member.unitCode();
        this.groupCode = member.groupCode();
        this.communeCode = member.communeCode();
        this.groupLeader = member.groupLeader();
        this.enabled = true;
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    StaffMember member() {
        return new StaffMember(username, displayName, role, unitCode, groupCode, communeCode, groupLeader);
    }
}
