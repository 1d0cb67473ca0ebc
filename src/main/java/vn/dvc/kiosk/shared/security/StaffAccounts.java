package vn.dvc.kiosk.shared.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.shared.text.VietnameseText;

/** Staff accounts: who may sign in, with which role and where they work. */
@Service
public class StaffAccounts implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        return new SignedInStaff(account.member(), account.passwordHash(), account.enabled());
    }

    /** Creates an account unless one with this user name exists; returns whether it did. */
    @Transactional
    public boolean createIfAbsent(StaffMember member, String rawPassword) {
        String username = normalise(member.username());
        if (accounts.existsByUsername(username)) {
            return false;
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        StaffMember stored = new StaffMember(username, VietnameseText.nfc(member.displayName()), member.role(),
                member.unitCode(), member.groupCode(), member.communeCode(), member.groupLeader());
        accounts.save(new StaffAccount(username, passwords.encode(rawPassword), stored, clock.instant()));
        return true;
    }

    /** The volunteers of a group (its leader too), by user name. */
    @Transactional(readOnly = true)
    public List<StaffMember> membersOf(String groupCode) {
        return accounts.findByGroupCodeOrderByUsername(groupCode).stream().map(StaffAccount::member).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> find(String username) {
        return accounts.findByUsername(normalise(username)).map(StaffAccount::member);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
