package com.fleetcommerce.shared.web.testapp;

import java.util.List;
import java.util.stream.LongStream;

import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.page.SpringDataPages;
import org.springframework.data.domain.PageImpl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PageTestController {

    static final long TOTAL = 450;

    @GetMapping("/test/pages")
    PageResponse<String> list(PageQuery query) {
        List<String> items = LongStream.range(query.offset(), Math.min(query.offset() + query.size(), TOTAL))
                .mapToObj(i -> "item-" + i).toList();
        return PageResponse.of(items, query, TOTAL);
    }

    @GetMapping("/test/pages/spring-data")
    PageResponse<String> springData(PageQuery query) {
        List<String> items = LongStream.range(query.offset(), Math.min(query.offset() + query.size(), TOTAL))
                .mapToObj(i -> "item-" + i).toList();
        return SpringDataPages.from(new PageImpl<>(items, SpringDataPages.toPageable(query), TOTAL));
    }
}
