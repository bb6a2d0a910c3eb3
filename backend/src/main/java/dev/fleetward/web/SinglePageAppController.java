package dev.fleetward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard is a single-page app: its client-side routes all load index.html, so a
 * bookmarked or reloaded page works.
 */
@Controller
class SinglePageAppController {

	@GetMapping({ "/login", "/fleet/**", "/clusters/**", "/findings/**", "/checks/**", "/settings/**" })
	String app() {
		return "forward:/index.html";
	}

}
