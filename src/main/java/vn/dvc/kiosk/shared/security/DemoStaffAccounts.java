package vn.dvc.kiosk.shared.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's staff accounts, one per role (listed in the README), created at start-up when
 * {@code kiosk.security.demo-accounts} is on: the demo run and the tests. A real deployment turns it off in its
 * profile and creates its own accounts.
 */
@Component
@ConditionalOnProperty(name = "kiosk.security.demo-accounts", havingValue = "true")
class DemoStaffAccounts implements ApplicationRunner {

    /** The demo officers' desk: the receiving unit of the demo kiosk's dossiers. */
    static final String DEMO_UNIT = "000.00.00.H01";
    static final String DEMO_GROUP = "TCNSCD-DEMO";

    /** The demo volunteer group's commune: Phường Hoàn Kiếm, Hà Nội. */
    static final String DEMO_COMMUNE = "00070";

    static final List<Account> ACCOUNTS = List.of(
            new Account(new StaffMember("canbo", "Nguyễn Thị Lan", StaffRole.OFFICER, DEMO_UNIT),
                    "canbo-demo-2026"),
            new Account(new StaffMember("canbo2", "Trần Văn Bình", StaffRole.OFFICER, "000.00.00.H02"),
                    "canbo2-demo-2026"),
            new Account(new StaffMember("tuvan", "Lê Minh Châu", StaffRole.ADVISOR, null, DEMO_GROUP, DEMO_COMMUNE,
                    true), "tuvan-demo-2026"),
            new Account(new StaffMember("sinhvien", "Đỗ Gia Huy", StaffRole.ADVISOR, null, DEMO_GROUP, DEMO_COMMUNE,
                    false), "sinhvien-demo-2026"),
            new Account(new StaffMember("lanhdao", "Phạm Quốc Dũng", StaffRole.LEADER, null),
                    "lanhdao-demo-2026"),
            new Account(new StaffMember("quantri", "Hoàng Thu Hà", StaffRole.ADMIN, null),
                    "quantri-demo-2026"));

    private static final Logger log = LoggerFactory.getLogger(DemoStaffAccounts.class);

    private final StaffAccounts accounts;

    DemoStaffAccounts(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Account account : ACCOUNTS) {
            if (accounts.createIfAbsent(account.member(), account.password())) {
                created++;
            }
        }
        log.warn("Demo staff accounts are on (kiosk.security.demo-accounts): {} created, {} in all; turn them off "
                + "on a real kiosk or server", created, ACCOUNTS.size());
    }

    record Account(StaffMember member, String password) {
    }
}
