package vn.dvc.kiosk.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param receivingUnitCode the code of the one-stop desk that receives the dossiers (each commune's desk has its own)
 * @param codePattern       how dossier codes are written, see {@link DossierCodeFormat}
 * @param receivingUnitName the name of that desk as the receipt prints it; null when not set (the receipt then names
 *                          the unit by its code)
 */
@ConfigurationProperties("kiosk.dossier")
record DossierProperties(String receivingUnitCode, String codePattern, String receivingUnitName) {

    DossierProperties {
        if (receivingUnitCode == null || receivingUnitCode.isBlank()) {
            throw new IllegalArgumentException("kiosk.dossier.receiving-unit-code must be set");
        }
        receivingUnitCode = receivingUnitCode.strip();
        codePattern = codePattern == null || codePattern.isBlank() ? DossierCodeFormat.CIRCULAR_01_2018 : codePattern;
        receivingUnitName = receivingUnitName == null || receivingUnitName.isBlank() ? null : receivingUnitName.strip();
    }
}
