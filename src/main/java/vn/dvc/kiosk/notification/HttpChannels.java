package vn.dvc.kiosk.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS and Zalo adapters: each posts {@code {"to", "text", "reference"}} as JSON to its gateway's URL (the
 * province's SMS brandname or Zalo ZNS relay), with the token from the environment as a bearer token. Any 2xx is
 * delivered; anything else is retried.
 */
@Configuration(proxyBeanMethods = false)
class HttpChannels {

    @Bean
    NotificationChannel smsChannel(NotificationProperties properties) {
        return new HttpChannel(Channel.SMS, properties.sms());
    }

    @Bean
    NotificationChannel zaloChannel(NotificationProperties properties) {
        return new HttpChannel(Channel.ZALO, properties.zalo());
    }

    static final class HttpChannel implements NotificationChannel {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final Channel channel;
        private final NotificationProperties.Http gateway;
        private final HttpClient client;

        HttpChannel(Channel channel, NotificationProperties.Http gateway) {
            this.channel = channel;
            this.gateway = gateway;
            this.client = HttpClient.newBuilder().connectTimeout(gateway.timeout()).build();
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public boolean configured() {
            return gateway.configured();
        }

        @Override
        public void send(OutgoingMessage message) throws Exception {
            String body = JSON.writeValueAsString(java.util.Map.of("to", message.recipient(), "text", message.body(),
                    "reference", "kiosk-" + message.id()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url())).timeout(gateway.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (!gateway.token().isBlank()) {
                request.header("Authorization", "Bearer " + gateway.token());
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new GatewayRefused(channel + " gateway answered HTTP " + response.statusCode());
            }
        }
    }
}
