package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Vaadin's Select renders its list of options without a name, so a screen reader announces an unnamed list
 * (axe-core: aria-input-field-name). Gives the list the select's own label.
 */
public final class SelectListLabels {

    private SelectListLabels() {
    }

    public static void nameListAfterLabel(Select<?> select) {
        select.addAttachListener(attach -> select.getElement().executeJs(
                "const list = this.querySelector('vaadin-select-list-box'); if (list) list.setAttribute('aria-label', $0);",
                select.getLabel() == null ? "" : select.getLabel()));
    }
}
