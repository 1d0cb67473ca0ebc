package vn.dvc.kiosk.catalog.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.catalog.RequiredDocument;
import vn.dvc.kiosk.shared.text.VietnameseText;

/** A picture for a document, so a resident who reads slowly recognises it: by what the name says, else by form. */
final class DocumentPictures {

    private static final Map<String, VaadinIcon> BY_WORDS = new LinkedHashMap<>();

    static {
        // first match wins: the more specific words come first
        BY_WORDS.put("uy quyen", VaadinIcon.HANDSHAKE);
        BY_WORDS.put("hop dong", VaadinIcon.HANDSHAKE);
        BY_WORDS.put("to khai", VaadinIcon.FORM);
        BY_WORDS.put("don de nghi", VaadinIcon.FORM);
        BY_WORDS.put("anh chan dung", VaadinIcon.PICTURE);
        BY_WORDS.put("anh mau", VaadinIcon.PICTURE);
        BY_WORDS.put("can cuoc", VaadinIcon.USER_CARD);
        BY_WORDS.put("ho chieu", VaadinIcon.USER_CARD);
        BY_WORDS.put("chung sinh", VaadinIcon.HOSPITAL);
        BY_WORDS.put("co so y te", VaadinIcon.HOSPITAL);
        BY_WORDS.put("ban ve thiet ke", VaadinIcon.BUILDING);
        BY_WORDS.put("quyen su dung dat", VaadinIcon.MAP_MARKER);
    }

    private DocumentPictures() {
    }

    static VaadinIcon pictureFor(RequiredDocument document) {
        String folded = " " + VietnameseText.fold(document.nameVi()) + " ";
        for (Map.Entry<String, VaadinIcon> entry : BY_WORDS.entrySet()) {
            if (folded.contains(" " + entry.getKey())) {
                return entry.getValue();
            }
        }
        return switch (document.form()) {
            case ORIGINAL -> VaadinIcon.FILE_TEXT;
            case CERTIFIED_COPY -> VaadinIcon.DIPLOMA;
            case COPY -> VaadinIcon.COPY;
            case PRESENT_ONLY -> VaadinIcon.EYE;
        };
    }
}
