package com.fleetcommerce.warehouse.demo;

import java.util.List;

import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseDetails;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import com.fleetcommerce.warehouse.warehouse.domain.Address;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo warehouses across Vietnam for local runs. Keyed by code, so starting the fleet again adds nothing.
 * Enabled by {@code platform.demo-data.enabled=true} (the launcher and docker-compose set it).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoWarehouses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWarehouses.class);

    record Demo(String code, WarehouseDetails details) {
    }

    static final List<Demo> WAREHOUSES = List.of(
            demo("HN-01", "Hanoi Long Bien fulfilment centre", "12 Nguyen Van Linh", "Phuc Dong", "Long Bien",
                    "Ha Noi", 21.0453, 105.8890, 10),
            demo("HP-01", "Hai Phong port warehouse", "45 Le Hong Phong", "Dong Khe", "Ngo Quyen", "Hai Phong",
                    20.8449, 106.6881, 30),
            demo("DN-01", "Da Nang Hoa Khanh warehouse", "8 Au Co", "Hoa Khanh Bac", "Lien Chieu", "Da Nang",
                    16.0748, 108.1500, 20),
            demo("HCM-01", "Ho Chi Minh City Thu Duc fulfilment centre", "99 Xa Lo Ha Noi", "Hiep Phu", "Thu Duc",
                    "Ho Chi Minh", 10.8494, 106.7537, 10),
            demo("CT-01", "Can Tho Ninh Kieu warehouse", "20 Tran Hung Dao", "An Phu", "Ninh Kieu", "Can Tho",
                    10.0341, 105.7763, 40));

    private final WarehouseService warehouses;

    DemoWarehouses(WarehouseService warehouses) {
        this.warehouses = warehouses;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : WAREHOUSES) {
            if (warehouses.findByCode(demo.code()).isPresent()) {
                continue;
            }
            try {
                warehouses.open(demo.code(), demo.details());
                created++;
            } catch (ConflictException anotherReplicaWasFaster) {
                // Another replica seeded the same code between our check and insert.
            }
        }
        log.info("Demo warehouses: {} created, {} already present", created, WAREHOUSES.size() - created);
    }

    private static Demo demo(String code, String name, String line1, String ward, String district, String province,
                             double latitude, double longitude, int priority) {
        return new Demo(code, new WarehouseDetails(name,
                new Address(line1, null, ward, district, province, "VN", null),
                new GeoPoint(latitude, longitude), priority));
    }
}
