package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The electronic result of a dossier: a PDF the officer attaches when processing finishes, checked by its content
 * (never by its name or declared type), at most {@link #MAX_BYTES}.
 */
@Service
public class DossierResults {

    public static final String PDF = "application/pdf";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int MAX_NAME = 255;

    private final DossierRepository dossiers;
    private final DossierResultFileRepository files;
    private final DossierProcessing processing;
    private final Clock clock;

    DossierResults(DossierRepository dossiers, DossierResultFileRepository files, DossierProcessing processing,
            Clock clock) {
        this.dossiers = dossiers;
        this.files = files;
        this.processing = processing;
        this.clock = clock;
    }

    /**
     * Finishes processing ({@link DossierAction#FINISH}) and, when given, stores the electronic result, in one
     * transaction: a refused file leaves the dossier as it was.
     *
     * @param note     optional note on the result (the history's reason)
     * @param fileName null with {@code pdf} for no file
     * @param pdf      null for no file
     * @throws InvalidResultFileException checked before anything is written
     */
    @Transactional
    public DossierStatus finish(String code, String note, String fileName, byte[] pdf, String actor) {
        if (pdf != null) {
            check(pdf);
        }
        DossierStatus status = processing.act(code, DossierAction.FINISH, note, actor);
        if (pdf != null) {
            attach(code, fileName, pdf, actor);
        }
        return status;
    }

    /**
     * Stores the electronic result of a finished dossier, replacing an earlier one.
     *
     * @throws InvalidResultFileException when the file is empty, too large or not a PDF, or the dossier is not finished
     * @throws NoSuchDossierException     when there is no dossier with this code
     */
    @Transactional
    public ResultFile attach(String code, String fileName, byte[] pdf, String actor) {
        check(pdf);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Who attaches the result is required");
        }
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NoSuchDossierException(code));
        if (dossier.status() != DossierStatus.PROCESSING_FINISHED) {
            throw new InvalidResultFileException(InvalidResultFileException.Reason.NOT_FINISHED,
                    "Dossier " + code + " is " + dossier.status() + ": only a finished dossier has a result");
        }
        DossierResultFile file = files.findByDossierCode(code).orElseGet(() -> new DossierResultFile(dossier));
        file.store(cleanName(fileName), pdf.clone(), actor.strip(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return files.save(file).summary();
    }

    /** The dossier's electronic result, without its content. */
    @Transactional(readOnly = true)
    public Optional<ResultFile> find(String code) {
        return files.findByDossierCode(code).map(DossierResultFile::summary);
    }

    /** The PDF itself, for opening it. */
    @Transactional(readOnly = true)
    public Optional<byte[]> content(String code) {
        return files.findByDossierCode(code).map(DossierResultFile::content);
    }

    static void check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidResultFileException(InvalidResultFileException.Reason.EMPTY, "The result file is empty");
        }
        if (pdf.length > MAX_BYTES) {
            throw new InvalidResultFileException(InvalidResultFileException.Reason.TOO_LARGE,
                    "The result file has " + pdf.length + " bytes, more than " + MAX_BYTES);
        }
        if (pdf.length < PDF_MAGIC.length
                || !java.util.Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new InvalidResultFileException(InvalidResultFileException.Reason.NOT_PDF,
                    "The result file does not start with %PDF-");
        }
    }

    /** The name as the officer's computer called it, without any folder, NFC, for the download's name. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = VietnameseText.nfc(name.substring(name.lastIndexOf('/') + 1).strip());
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "ket-qua.pdf";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
