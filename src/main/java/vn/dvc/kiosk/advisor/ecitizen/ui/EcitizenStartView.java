package vn.dvc.kiosk.advisor.ecitizen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenCampaign;
import vn.dvc.kiosk.identity.CardReading;
import vn.dvc.kiosk.identity.CitizenIdCardParser;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.QrCodeReader;
import vn.dvc.kiosk.identity.ui.QrScanPanel;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * Start or find a resident: their ID card scanned with the tablet's camera, or the ID number and name typed. Someone
 * already in the commune's list goes straight to their checklist; anyone else is asked for consent first.
 */
@Route(value = EcitizenStartView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/ecitizen.css")
public class EcitizenStartView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "tu-van/cong-dan-so";

    private final EcitizenCampaign campaign;
    private final StaffMember volunteer;
    private final KioskCamera camera;
    private final QrCodeReader reader;
    private final TextField idNumber = new TextField();
    private final TextField fullName = new TextField();
    private final Div scanArea = new Div();
    private final Paragraph message = new Paragraph();

    EcitizenStartView(EcitizenCampaign campaign, CurrentStaff staff, KioskCamera camera, QrCodeReader reader) {
        this.campaign = campaign;
        this.volunteer = staff.require();
        this.camera = camera;
        this.reader = reader;
        // a resident who walked away from the consent screen is not carried over to the next one
        PendingEnrolment.forget();
        addClassNames("ecitizen", "ecitizen-start");
        add(new H1(getTranslation("ecitizen.start.title")));
        Paragraph intro = new Paragraph(getTranslation("ecitizen.start.intro"));
        intro.addClassName("ecitizen-lead");
        message.setId("ecitizen-start-message");
        message.addClassName("ecitizen-alert");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(intro, message, scanPart(), typedPart());
        if (volunteer.groupLeader()) {
            Anchor figures = new Anchor(CampaignView.ROUTE, getTranslation("ecitizen.start.figures"));
            figures.getElement().setAttribute("router-link", "");
            figures.addClassName("ecitizen-link");
            figures.setId("ecitizen-figures-link");
            add(figures);
        }
    }

    private Div scanPart() {
        Div part = new Div();
        part.addClassNames("ecitizen-card", "ecitizen-way");
        Button scan = new Button(getTranslation("ecitizen.start.scan"), e -> startScanning(e.getSource()));
        scan.setId("ecitizen-scan");
        scan.addThemeVariants(ButtonVariant.PRIMARY);
        scan.addClassName("ecitizen-button");
        scanArea.addClassName("ecitizen-scan-area");
        part.add(new H2(getTranslation("ecitizen.start.scan.heading")),
                new Paragraph(getTranslation("ecitizen.start.scan.help")), scan, scanArea);
        return part;
    }

    private Div typedPart() {
        Div part = new Div();
        part.addClassNames("ecitizen-card", "ecitizen-way");
        idNumber.setLabel(getTranslation("ecitizen.start.idNumber"));
        idNumber.setHelperText(getTranslation("ecitizen.start.idNumber.help"));
        idNumber.setAllowedCharPattern("[0-9]");
        idNumber.setMaxLength(12);
        idNumber.getElement().setAttribute("inputmode", "numeric");
        ResidentInputs.notRemembered(idNumber);
        idNumber.setId("ecitizen-id-number");
        fullName.setLabel(getTranslation("ecitizen.start.fullName"));
        fullName.setMaxLength(200);
        ResidentInputs.notRemembered(fullName);
        fullName.setId("ecitizen-full-name");
        Button next = new Button(getTranslation("ecitizen.start.continue"), e -> typed());
        next.setId("ecitizen-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClassName("ecitizen-button");
        Div fields = new Div(idNumber, fullName);
        fields.addClassName("ecitizen-fields");
        part.add(new H2(getTranslation("ecitizen.start.type.heading")), fields, next);
        return part;
    }

    private void startScanning(Button scan) {
        scan.setVisible(false);
        scanArea.removeAll();
        scanArea.add(new QrScanPanel(camera, reader, this::scanned, getTranslation("ecitizen.start.scan.guide")));
    }

    /** Each code the camera reads: an ID card ends the scan, anything else is explained and scanning goes on. */
    private boolean scanned(String text) {
        return switch (CitizenIdCardParser.parse(text)) {
            case CardReading.Read read -> {
                proceed(read.card().idNumber(), read.card().fullName());
                yield false;
            }
            case CardReading.Rejected rejected -> {
                show(getTranslation("ecitizen.start.scan.notCard"));
                yield true;
            }
        };
    }

    private void typed() {
        String digits = idNumber.getValue().strip();
        boolean ok = true;
        if (!EcitizenCampaign.isValidIdNumber(digits)) {
            idNumber.setInvalid(true);
            idNumber.setErrorMessage(getTranslation("ecitizen.start.idNumber.invalid"));
            ok = false;
        } else {
            idNumber.setInvalid(false);
        }
        if (EcitizenCampaign.cleanName(fullName.getValue()).isEmpty()) {
            fullName.setInvalid(true);
            fullName.setErrorMessage(getTranslation("ecitizen.start.fullName.missing"));
            ok = false;
        } else {
            fullName.setInvalid(false);
        }
        if (ok) {
            proceed(digits, fullName.getValue());
        }
    }

    private void proceed(String id, String name) {
        if (volunteer.communeCode() == null) {
            show(getTranslation("ecitizen.start.noCommune"));
            return;
        }
        campaign.find(volunteer, id).ifPresentOrElse(
                resident -> getUI().ifPresent(ui -> ui.navigate(EcitizenChecklistView.class, resident.id())),
                () -> {
                    PendingEnrolment.hold(new PendingEnrolment(id, EcitizenCampaign.cleanName(name).orElse(name)));
                    getUI().ifPresent(ui -> ui.navigate(EcitizenConsentView.class));
                });
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("ecitizen.start.title"));
    }
}
