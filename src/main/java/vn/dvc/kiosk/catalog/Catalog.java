package vn.dvc.kiosk.catalog;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.calendar.AppointmentCalendar;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.text.ForgivingMatcher;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The procedure catalog as residents see it: by life event, by search, one procedure in full. The public API of the
 * catalog module. Reads come from an in-memory copy of the active catalog (a province has a few thousand
 * procedures at most), refreshed after an import and checked every minute for imports made by other app nodes.
 */
@Service
public class Catalog {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    /** One search hit. */
    public record Match(Procedure procedure, double score) {
    }

    /** A procedure's names, folded once when the catalog is loaded. */
    private record Searchable(Procedure procedure, List<String> vietnameseWords, List<String> englishWords) {
        static Searchable of(Procedure procedure) {
            return new Searchable(procedure, VietnameseText.words(procedure.getNameVi()),
                    VietnameseText.words(procedure.getNameEn()));
        }
    }

    private record Snapshot(Long importId, List<Procedure> procedures, Map<String, Procedure> byCode,
            List<Searchable> searchIndex) {
        static final Snapshot EMPTY = new Snapshot(null, List.of(), Map.of(), List.of());
    }

    private final ProcedureRepository procedures;
    private final CatalogImportRepository imports;
    private final TransactionTemplate readOnly;
    private final AppointmentCalendar calendar;
    private final Clock clock;
    private final ObjectProvider<ProcedureAvailability> availability;
    private volatile ProcedureAvailability offeredHere;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    Catalog(ProcedureRepository procedures, CatalogImportRepository imports, TransactionTemplate transactions,
            AppointmentCalendar calendar, Clock clock, ObjectProvider<ProcedureAvailability> availability) {
        this.availability = availability;
        this.procedures = procedures;
        this.imports = imports;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** In Vietnamese alphabetical order, which puts the plain procedure before its combined variants. */
    public List<Procedure> byLifeEvent(LifeEvent event) {
        Collator vietnamese = Collator.getInstance(KioskLocales.VIETNAMESE);
        return snapshot.procedures().stream().filter(p -> p.getLifeEvent() == event)
                .sorted(Comparator.comparing(Procedure::getNameVi, vietnamese)).toList();
    }

    /** Every active procedure, in Vietnamese alphabetical order (for the officers' counter form). */
    public List<Procedure> all() {
        Collator vietnamese = Collator.getInstance(KioskLocales.VIETNAMESE);
        return snapshot.procedures().stream().sorted(Comparator.comparing(Procedure::getNameVi, vietnamese)).toList();
    }

    public Map<LifeEvent, Long> countsByLifeEvent() {
        return snapshot.procedures().stream()
                .collect(Collectors.groupingBy(Procedure::getLifeEvent, Collectors.counting()));
    }

    public Optional<Procedure> procedure(String code) {
        return Optional.ofNullable(snapshot.byCode().get(code));
    }

    /*
     * What residents see where the app runs (ProcedureAvailability): a kiosk may offer only part of the catalog.
     * Staff screens, receipts of dossiers already filed and the leaders' figures use the whole catalog above.
     */

    /** Whether residents here may find and file this procedure. */
    public boolean offered(Procedure procedure) {
        ProcedureAvailability here = offeredHere;
        if (here == null) {
            // looked up on first use, not in the constructor: the kiosk's bean may be made after the catalog
            here = availability.getIfAvailable(() -> ProcedureAvailability.ALL);
            offeredHere = here;
        }
        return here.offers(procedure.getCode());
    }

    /** {@link #byLifeEvent} of the procedures offered here. */
    public List<Procedure> offeredByLifeEvent(LifeEvent event) {
        return byLifeEvent(event).stream().filter(this::offered).toList();
    }

    /** {@link #countsByLifeEvent} of the procedures offered here. */
    public Map<LifeEvent, Long> offeredCountsByLifeEvent() {
        return snapshot.procedures().stream().filter(this::offered)
                .collect(Collectors.groupingBy(Procedure::getLifeEvent, Collectors.counting()));
    }

    /** The procedure if it is offered here. */
    public Optional<Procedure> offeredProcedure(String code) {
        return procedure(code).filter(this::offered);
    }

    public int size() {
        return snapshot.procedures().size();
    }

    /**
     * Best match first among the procedures offered here; Vietnamese names weigh more than English ones, and a code
     * typed in full wins.
     */
    public List<Match> search(String query, int limit) {
        ForgivingMatcher matcher = new ForgivingMatcher(query);
        if (matcher.isEmpty()) {
            return List.of();
        }
        return snapshot.searchIndex().stream().filter(entry -> offered(entry.procedure()))
                .map(entry -> new Match(entry.procedure(), score(matcher, entry, query)))
                .filter(match -> match.score() > 0)
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing(match -> match.procedure().getCode()))
                .limit(limit)
                .toList();
    }

    private static double score(ForgivingMatcher matcher, Searchable entry, String query) {
        if (entry.procedure().getCode().equals(query.strip())) {
            return 3;
        }
        return Math.max(matcher.score(entry.vietnameseWords()), 0.9 * matcher.score(entry.englishWords()));
    }

    /** The date the result would be ready if the dossier were received now. */
    public LocalDate readyDateIfFiledNow(Procedure procedure) {
        return calendar.appointmentDate(LocalDateTime.now(clock), procedure.getProcessingTime().period());
    }

    /** Reloads the active catalog into memory. */
    public void refresh() {
        Snapshot fresh = readOnly.execute(status -> {
            Long importId = imports.latestId().orElse(null);
            List<Procedure> active = procedures.findAllActive();
            active.forEach(Procedure::loadCollections);
            return new Snapshot(importId, List.copyOf(active),
                    active.stream().collect(Collectors.toUnmodifiableMap(Procedure::getCode, Function.identity())),
                    active.stream().map(Searchable::of).toList());
        });
        snapshot = fresh;
        log.info("Catalog loaded: {} active procedures", fresh.procedures().size());
    }

    @Scheduled(fixedDelayString = "${kiosk.catalog.refresh-check:60s}", initialDelayString = "${kiosk.catalog.refresh-check:60s}")
    void refreshIfImportedElsewhere() {
        Long latest = readOnly.execute(status -> imports.latestId().orElse(null));
        if (latest != null && !latest.equals(snapshot.importId())) {
            refresh();
        }
    }
}
