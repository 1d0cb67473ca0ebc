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
        page.locator("#manual-id-number input").fill("001090012345");
        page.locator("#manual-full-name input").fill("Nguyễn Văn An");
        choose(page, "#manual-day", "15");
        choose(page, "#manual-month", "8");
        choose(page, "#manual-year", "1990");
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
