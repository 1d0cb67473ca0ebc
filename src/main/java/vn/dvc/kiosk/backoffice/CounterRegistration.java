package vn.dvc.kiosk.backoffice;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Fee;
import vn.dvc.kiosk.catalog.FeeUnit;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.InvalidApplicationException;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.identity.CitizenIdNumber;
import vn.dvc.kiosk.shared.security.StaffMember;

/**
 * Officers register the dossiers residents hand in at the counter or send by public post (issue 8), so that the
 * leaders' dashboard compares online and counter dossiers from the same tables. The dossier gets the officer's
 * receiving unit, the channel, the catalog's procedure and counter fee, and is accepted at once under the officer's
 * name (they checked the papers in person). No consent record: the resident signs the paper form at the counter.
 */
@Service
public class CounterRegistration {

    /** The answer in which the dossier keeps how many sets of papers were handed in. */
    public static final String SETS_KEY = "numberOfSets";
    static final String SETS_LABEL = "Số bộ hồ sơ";
    public static final int MAX_SETS = 20;

    private static final Logger log = LoggerFactory.getLogger(CounterRegistration.class);

    /** What is wrong with the form, one per field; nothing was written. */
    public enum Problem {
        PROCEDURE, FULL_NAME, ID_NUMBER, PHONE, CHANNEL, RESULT_DELIVERY, DELIVERY_ADDRESS, NUMBER_OF_SETS
    }

    /** The form cannot become a dossier; nothing was written. */
    public static class Refused extends RuntimeException {

        private final Set<Problem> problems;

        Refused(Collection<Problem> problems) {
            super("Counter dossier refused: " + problems);
            this.problems = Collections.unmodifiableSet(EnumSet.copyOf(problems));
        }

        public Set<Problem> problems() {
            return problems;
        }
    }

    private final Catalog catalog;
    private final Dossiers dossiers;

    CounterRegistration(Catalog catalog, Dossiers dossiers) {
        this.catalog = catalog;
        this.dossiers = dossiers;
    }

    /** The procedures an officer may register, in Vietnamese alphabetical order. */
    public List<Procedure> procedures() {
        return catalog.all();
    }

    public Optional<Procedure> procedure(String code) {
        return code == null || code.isBlank() ? Optional.empty() : catalog.procedure(code.strip());
    }

    /**
     * Registers the dossier at the officer's unit, accepted at once; once per key, so that "try again" after a
     * failure whose commit went through gives the dossier registered then.
     *
     * @param submissionKey one per form filled in ({@link Dossiers#newSubmissionKey()})
     * @throws Refused before anything is written, with every problem found
     */
    public SubmittedDossier register(StaffMember officer, CounterDossier form, String submissionKey) {
        if (officer == null || officer.unitCode() == null) {
            throw new IllegalStateException("Only an officer with a receiving unit registers counter dossiers");
        }
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        Procedure procedure = procedure(form.procedureCode()).orElse(null);
        if (procedure == null) {
            problems.add(Problem.PROCEDURE);
        }
        if (form.channel() != SubmissionChannel.IN_PERSON && form.channel() != SubmissionChannel.PUBLIC_POST) {
            problems.add(Problem.CHANNEL);
        }
        String idNumber = form.idNumber() == null ? "" : form.idNumber().strip();
        if (CitizenIdNumber.check(idNumber, null, null).isPresent()) {
            problems.add(Problem.ID_NUMBER);
        }
        Integer sets = form.numberOfSets();
        if (sets != null && (sets < 1 || sets > MAX_SETS)) {
            problems.add(Problem.NUMBER_OF_SETS);
        }
        List<DeclaredAnswer> answers = sets == null ? List.of()
                : List.of(new DeclaredAnswer(SETS_KEY, SETS_LABEL, Integer.toString(sets)));
        DossierApplication application = new DossierApplication(form.procedureCode(),
                procedure == null ? null : procedure.getNameVi(),
                procedure == null ? null : procedure.getProcessingTime().period(),
                new Applicant(idNumber, form.fullName(), null, null, null), answers, form.resultDelivery(),
                form.deliveryAddress(), form.phone(), null, form.channel(),
                procedure == null ? null : counterFee(procedure), null, null, List.of());
        SubmittedDossier submitted;
        try {
            if (!problems.isEmpty()) {
                // the dossier's own rules too, so that the officer sees every problem at once
                dossiers.check(application);
                throw new Refused(problems);
            }
            submitted = dossiers.registerAtCounter(application, officer.unitCode(), officer.actorLabel(),
                    submissionKey);
        } catch (InvalidApplicationException invalid) {
            invalid.reasons().forEach(reason -> problems.add(problemFor(reason)));
            throw new Refused(problems);
        }
        // no personal data in the log: the code, the unit, the procedure and the channel only
        log.info("Counter dossier {} registered by {} at unit {}: procedure {}, channel {}", submitted.code(),
                officer.username(), officer.unitCode(), form.procedureCode(), form.channel());
        return submitted;
    }

    /**
     * The fee paid at the counter, when the catalog fixes one amount per dossier (not the online rate or an online
     * reduction); null when the officer sets it (no amount, an amount provinces change, a fee per page or copy).
     */
    static Long counterFee(Procedure procedure) {
        Fee fee = procedure.getFee();
        if (fee == null || !fee.isKnown() || fee.varies()) {
            return null;
        }
        FeeUnit unit = fee.unit() == null ? FeeUnit.DOSSIER : fee.unit();
        return unit == FeeUnit.DOSSIER ? fee.amountVnd() : null;
    }

    private static Problem problemFor(InvalidApplicationException.Reason reason) {
        return switch (reason) {
            case PROCEDURE_MISSING, PROCESSING_PERIOD_MISSING -> Problem.PROCEDURE;
            case CHANNEL_MISSING -> Problem.CHANNEL;
            case APPLICANT_MISSING, FULL_NAME_MISSING -> Problem.FULL_NAME;
            case ID_NUMBER_INVALID -> Problem.ID_NUMBER;
            case RESULT_DELIVERY_MISSING -> Problem.RESULT_DELIVERY;
            case DELIVERY_ADDRESS_MISSING -> Problem.DELIVERY_ADDRESS;
            case PHONE_INVALID, EMAIL_INVALID -> Problem.PHONE;
            case ANSWER_INCOMPLETE, DOCUMENT_INCOMPLETE -> Problem.NUMBER_OF_SETS;
            // the form's fields are limited to their columns, so only a forged request gets here: the name is
            // the first field the officer is sent back to
            case TEXT_UNACCEPTABLE -> Problem.FULL_NAME;
        };
    }
}
