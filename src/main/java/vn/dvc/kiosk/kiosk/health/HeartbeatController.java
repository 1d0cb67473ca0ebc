package vn.dvc.kiosk.kiosk.health;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The province's kiosks post their heartbeats here, signed ({@link HeartbeatSignature}). */
@RestController
class HeartbeatController {

    static final String PATH = "/api/kiosk-heartbeats";

    private final HeartbeatReception reception;

    HeartbeatController(HeartbeatReception reception) {
        this.reception = reception;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> heartbeat(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = HeartbeatSignature.HEADER, required = false) String signature) {
        HeartbeatReception.Answer answer = reception.receive(body == null ? new byte[0] : body, signature);
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).body(answer.json());
    }
}
