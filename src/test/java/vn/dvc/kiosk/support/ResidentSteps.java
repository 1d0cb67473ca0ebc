package vn.dvc.kiosk.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What residents do on many journeys, done the way they do it: by touching the screen. */
public final class ResidentSteps {

    private ResidentSteps() {
    }

    /** Nguyễn Văn An, born 15/8/1990, typed in on the manual entry screen ({@code dinh-danh/nhap-tay}). */
    public static void identifyByHand(Page page) {
        identifyByHand(page, "001090012345", "Nguyễn Văn An", 15, 8, 1990);
    }

    /** A man of this name, ID number and birth date, typed in on the manual entry screen. */
    public static void identifyByHand(Page page, String idNumber, String fullName, int day, int month, int year) {
        page.locator("#manual-id-number input").fill(idNumber);
        page.locator("#manual-full-name input").fill(fullName);
        choose(page, "#manual-day", String.valueOf(day));
        choose(page, "#manual-month", String.valueOf(month));
        choose(page, "#manual-year", String.valueOf(year));
        page.locator("#manual-sex vaadin-radio-button").first().click();
        page.locator("#manual-continue").click();
    }

    /** Opens a select and taps the option with exactly this name. */
    public static void choose(Page page, String select, String value) {
        page.locator(select).click();
        page.locator(select).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(value).setExact(true))
                .click();
    }
}
