package vn.dvc.kiosk.identity.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.dvc.kiosk.identity.CardAddress;
import vn.dvc.kiosk.identity.CardAddressMapper;
import vn.dvc.kiosk.identity.CitizenIdCard;

/**
 * Where the card's pre-2025 address lies today ("Xã Yên Bình, Hà Nội"), when it can be matched; the address as
 * printed is always shown beside it.
 */
@Component
class AddressNow {

    private final CardAddressMapper mapper;

    AddressNow(CardAddressMapper mapper) {
        this.mapper = mapper;
    }

    Optional<String> of(CitizenIdCard card) {
        if (card.permanentAddress() == null || card.permanentAddress().isBlank()) {
            return Optional.empty();
        }
        CardAddress address = mapper.map(card.permanentAddress());
        if (!address.provinceMatched()) {
            return Optional.empty();
        }
        return Optional.of(address.communeMatched() ? address.communeName() + ", " + address.provinceName()
                : address.provinceName());
    }
}
