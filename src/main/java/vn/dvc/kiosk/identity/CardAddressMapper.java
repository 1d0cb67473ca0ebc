package vn.dvc.kiosk.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.dvc.kiosk.units.AdministrativeUnits;
import vn.dvc.kiosk.units.Province;

/**
 * Maps the pre-2025 address printed on an ID card to today's province and, when unambiguous, commune. The text is
 * kept as printed; the resident or officer confirms or corrects the match.
 */
@Service
public class CardAddressMapper {

    private final CardAddressMatcher matcher;

    public CardAddressMapper(AdministrativeUnits units) {
        this.matcher = new CardAddressMatcher(new CardAddressMatcher.Units() {
            @Override
            public Optional<String> provinceName(String provinceCode) {
                return units.province(provinceCode).map(Province::getName);
            }

            @Override
            public List<CardAddressMatcher.KnownCommune> communesOf(String provinceCode) {
                return units.communesOf(provinceCode).stream()
                        .map(commune -> new CardAddressMatcher.KnownCommune(commune.getCode(), commune.getName()))
                        .toList();
            }
        });
    }

    public CardAddress map(String printedAddress) {
        return matcher.match(printedAddress);
    }
}
