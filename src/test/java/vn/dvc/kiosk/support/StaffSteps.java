package vn.dvc.kiosk.support;

import com.microsoft.playwright.Page;

/**
 * Staff sign-in as the demo accounts (created by {@code kiosk.security.demo-accounts}, on in the tests; README):
 * canbo (officer of 000.00.00.H01), canbo2 (officer of another desk), tuvan (advisor, leader of group TCNSCD-DEMO in
 * commune 00070), sinhvien (a student advisor in the same group), lanhdao (leader), quantri (admin).
 */
public final class StaffSteps {

    public static final String OFFICER = "canbo";
    public static final String OTHER_UNIT_OFFICER = "canbo2";
    public static final String ADVISOR = "tuvan";
    public static final String STUDENT = "sinhvien";
    public static final String LEADER = "lanhdao";
    public static final String ADMIN = "quantri";

    private StaffSteps() {
    }

    /** The demo password of each demo account: its name + "-demo-2026". */
    public static String passwordOf(String username) {
        return username + "-demo-2026";
    }

    /** Opens the sign-in page and signs in; returns when the workspace (or the page asked for) has loaded. */
    public static void signIn(Page page, String baseUrl, String username) {
        // "http://host/" + "/dang-nhap" would be refused by Spring Security's firewall (a double slash)
        page.navigate(baseUrl.replaceAll("/+$", "") + "/dang-nhap");
        page.locator("#sign-in-form input[name=username]").fill(username);
        page.locator("#sign-in-form input[name=password]").fill(passwordOf(username));
        page.locator("#sign-in-form vaadin-button[slot=submit], #sign-in-form button[type=submit]").first().click();
        page.waitForSelector("#staff-who");
    }
}
