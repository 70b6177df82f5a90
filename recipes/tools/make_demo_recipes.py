# Regenerates recipes/acme.recipe.json and recipes/globex.recipe.json (content model, content, SVG media and the commerce
# catalog): python3 recipes/tools/make_demo_recipes.py [out-dir]
# Both demo tenants come from one content model, so acme and globex stay in step; the images are drawn below.
import base64, json, os, sys
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def text(name, display, pos, **settings):
    s = {"ContentPartFieldSettings": {"DisplayName": display, "Position": str(pos)}}
    if settings: s["TextFieldSettings"] = settings
    return {"FieldName": "TextField", "Name": name, "Settings": s}

def field(kind, name, display, pos, settings_key=None, **settings):
    s = {"ContentPartFieldSettings": {"DisplayName": display, "Position": str(pos)}}
    if settings_key: s[settings_key] = settings
    return {"FieldName": kind, "Name": name, "Settings": s}

def part(name, pos, **settings):
    return {"PartName": name, "Name": name, "Settings": {"ContentTypePartSettings": {"Position": str(pos)}, **settings}}

def ctype(name, display, parts, creatable=True, listable=True, stereotype=None):
    ts = {"Creatable": creatable, "Listable": listable, "Draftable": True, "Versionable": True, "Securable": True}
    if stereotype: ts["Stereotype"] = stereotype
    return {"Name": name, "DisplayName": display, "Settings": {"ContentTypeSettings": ts}, "ContentTypePartDefinitionRecords": parts}

color = r"^#[0-9a-fA-F]{6}$"
definition = {
    "name": "ContentDefinition",
    "ContentTypes": [
        ctype("Branding", "Branding", [part("TitlePart", 0), part("Branding", 1)], listable=False),
        ctype("HeroSection", "Hero Section", [part("TitlePart", 0), part("HeroSection", 1)], stereotype="Widget"),
        ctype("Page", "Page", [part("TitlePart", 0), part("AutoroutePart", 1, AutoroutePartSettings={"AllowCustomPath": True, "ShowHomepageOption": True}), part("Page", 2), part("HtmlBodyPart", 3)]),
        ctype("ProductContent", "Product Content", [part("TitlePart", 0), part("AutoroutePart", 1, AutoroutePartSettings={"AllowCustomPath": True}), part("ProductContent", 2), part("MarkdownBodyPart", 3)]),
    ],
    "ContentParts": [
        {"Name": "Branding", "Settings": {}, "ContentPartFieldDefinitionRecords": [
            text("SiteName", "Site name", 0, Required=True),
            text("Tagline", "Tagline", 1),
            text("PrimaryColor", "Primary colour", 2, Required=True, Pattern=color),
            text("SecondaryColor", "Secondary colour", 3, Pattern=color),
            text("AccentColor", "Accent colour", 4, Pattern=color),
            field("MediaField", "Logo", "Logo", 5, "MediaFieldSettings", Multiple=False, Required=False),
        ]},
        {"Name": "HeroSection", "Settings": {}, "ContentPartFieldDefinitionRecords": [
            text("Headline", "Headline", 0, Required=True),
            text("Subheadline", "Subheadline", 1),
            field("MediaField", "Image", "Image", 2, "MediaFieldSettings", Multiple=False),
            field("LinkField", "Cta", "Call to action", 3, "LinkFieldSettings", Required=False),
        ]},
        {"Name": "Page", "Settings": {}, "ContentPartFieldDefinitionRecords": [
            field("ContentPickerField", "Hero", "Hero section", 0, "ContentPickerFieldSettings", Multiple=False, DisplayedContentTypes=["HeroSection"]),
        ]},
        {"Name": "ProductContent", "Settings": {}, "ContentPartFieldDefinitionRecords": [
            text("Sku", "SKU (from commerce)", 0, Required=True),
            text("Handle", "Handle (from commerce)", 1, Pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"),
            field("NumericField", "Price", "Price (from commerce)", 2, "NumericFieldSettings", Scale=2, Minimum=0),
            field("MediaField", "Images", "Images", 3, "MediaFieldSettings", Multiple=True),
            text("SeoTitle", "SEO title", 4),
            text("SeoDescription", "SEO description", 5),
            field("BooleanField", "Featured", "Featured", 6),
            field("DateField", "LaunchDate", "Launch date", 7),
        ]},
    ],
}

def item(ctype, title, extra, id_expr="[js: uuid()]", route=None):
    it = {"ContentItemId": id_expr, "ContentType": ctype, "DisplayText": title, "Latest": True, "Published": True,
          "Owner": "[js: parameters('AdminUsername')]", "Author": "[js: parameters('AdminUsername')]",
          "TitlePart": {"Title": title}}
    if route is not None: it["AutoroutePart"] = {"Path": route, "SetHomepage": route == "/"}
    it.update(extra)
    return it

# ---------------------------------------------------------------------------------------------------------------
# Media: small hand-drawn SVGs in each brand's colours. Deterministic text, so regenerating changes nothing.

def svg(w, h, body, label):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}">'
            f'<title>{label}</title>{body}</svg>\n')

FONT = 'font-family="Helvetica Neue, Arial, sans-serif"'

def logo(label, mark, word, sub, plate, ink, accent):
    body = (f'<rect width="240" height="64" rx="10" fill="{plate}"/>'
            f'<g transform="translate(8 8)">{mark}</g>'
            f'<text x="64" y="32" {FONT} font-size="24" font-weight="800" letter-spacing="2" fill="{ink}">{word}</text>'
            f'<text x="65" y="50" {FONT} font-size="10.5" font-weight="600" letter-spacing="3.2" fill="{accent}">{sub}</text>')
    return svg(240, 64, body, label)

def product_card(label, tint, body):
    return svg(600, 600, f'<rect width="600" height="600" fill="{tint}"/><ellipse cx="300" cy="520" rx="190" ry="22" fill="#000" opacity=".08"/>{body}', label)

# --- Acme Outfitters: orange, slate and sun yellow; mountains --------------------------------------------------

def acme_art(primary, secondary, accent):
    mark = (f'<circle cx="24" cy="24" r="24" fill="{primary}"/>'
            f'<path d="M6 36 L19 15 L26 26 L31 19 L42 36 Z" fill="#fff"/>'
            f'<path d="M19 15 L23 21.5 L20.5 20 L17.5 22.5 Z" fill="{secondary}"/><circle cx="35" cy="12" r="4" fill="{accent}"/>')
    hero = svg(1200, 480, (
        '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="#fde68a"/><stop offset=".55" stop-color="#fdba74"/><stop offset="1" stop-color="{primary}"/></linearGradient></defs>'
        '<rect width="1200" height="480" fill="url(#sky)"/>'
        f'<circle cx="860" cy="190" r="70" fill="{accent}" opacity=".9"/>'
        '<path d="M0 330 L160 210 L260 280 L420 130 L560 260 L680 190 L820 300 L980 170 L1200 320 L1200 480 L0 480 Z" fill="#9a3412" opacity=".55"/>'
        '<path d="M420 130 L466 173 L446 167 L428 181 L410 166 L386 162 Z M980 170 L1024 200 L1006 195 L990 207 L972 194 L946 198 Z" fill="#fff" opacity=".85"/>'
        f'<path d="M0 390 L200 280 L330 350 L500 250 L640 340 L780 270 L940 360 L1080 300 L1200 350 L1200 480 L0 480 Z" fill="{secondary}" opacity=".8"/>'
        f'<path d="M0 440 L240 380 L420 420 L600 370 L800 430 L1000 390 L1200 420 L1200 480 L0 480 Z" fill="{secondary}"/>'
        '<path d="M560 480 C600 450 540 430 600 410 S660 385 640 372" fill="none" stroke="#fde68a" stroke-width="4" stroke-dasharray="10 10" stroke-linecap="round"/>'),
        "A mountain ridge at sunrise")
    def pack():
        return (f'<rect x="205" y="150" width="190" height="340" rx="60" fill="{primary}"/>'
                f'<path d="M205 215 C205 140 395 140 395 215 L395 250 L205 250 Z" fill="#9a3412"/>'
                f'<rect x="240" y="300" width="120" height="120" rx="24" fill="#9a3412"/><rect x="255" y="310" width="90" height="10" rx="5" fill="{accent}"/>'
                f'<rect x="170" y="260" width="40" height="150" rx="18" fill="{secondary}"/><rect x="390" y="260" width="40" height="150" rx="18" fill="{secondary}"/>'
                f'<path d="M275 150 C275 110 325 110 325 150" fill="none" stroke="{secondary}" stroke-width="12" stroke-linecap="round"/>'
                f'<rect x="205" y="440" width="190" height="18" fill="{secondary}" opacity=".5"/>')
    def jacket():
        baffles = "".join(f'<path d="M200 {y} Q300 {y + 14} 400 {y}" fill="none" stroke="#111827" stroke-width="3" opacity=".35"/>' for y in range(230, 470, 40))
        return (f'<path d="M150 230 L205 170 L205 470 L150 450 Z M450 230 L395 170 L395 470 L450 450 Z" fill="{secondary}"/>'
                f'<path d="M205 170 Q300 120 395 170 L395 480 L205 480 Z" fill="{secondary}"/>'
                f'<path d="M240 170 Q300 70 360 170 Q300 200 240 170 Z" fill="#374151"/>'
                f'{baffles}<line x1="300" y1="185" x2="300" y2="480" stroke="{accent}" stroke-width="6"/>'
                f'<rect x="140" y="440" width="22" height="26" rx="6" fill="{primary}"/><rect x="438" y="440" width="22" height="26" rx="6" fill="{primary}"/>')
    def poles():
        one = lambda x: (f'<g transform="rotate({(-8 if x < 300 else 8)} {x} 300)">'
                         f'<rect x="{x - 4}" y="150" width="8" height="330" rx="4" fill="#9ca3af"/>'
                         f'<rect x="{x - 14}" y="110" width="28" height="90" rx="12" fill="#a16207"/>'
                         f'<rect x="{x - 9}" y="250" width="18" height="14" rx="4" fill="{primary}"/><rect x="{x - 9}" y="360" width="18" height="14" rx="4" fill="{primary}"/>'
                         f'<ellipse cx="{x}" cy="470" rx="26" ry="7" fill="{secondary}"/><line x1="{x}" y1="470" x2="{x}" y2="505" stroke="{secondary}" stroke-width="5"/>'
                         f'<path d="M{x - 14} 120 C{x - 40} 150 {x - 40} 190 {x - 14} 196" fill="none" stroke="{secondary}" stroke-width="5"/></g>')
        return one(250) + one(350)
    def tent():
        return (f'<path d="M90 470 L300 170 L510 470 Z" fill="{primary}"/>'
                f'<path d="M300 170 L510 470 L400 470 Z" fill="#9a3412"/>'
                f'<path d="M300 250 L360 470 L240 470 Z" fill="{secondary}"/>'
                f'<path d="M300 250 L330 470 L300 470 Z" fill="#374151"/>'
                f'<line x1="300" y1="170" x2="300" y2="140" stroke="{secondary}" stroke-width="6" stroke-linecap="round"/>'
                f'<path d="M300 140 L335 150 L300 160 Z" fill="{accent}"/>'
                f'<line x1="60" y1="480" x2="540" y2="480" stroke="{secondary}" stroke-width="6" stroke-linecap="round"/>')
    tint = "#fff7ed"
    return {
        "logo.svg": logo("Acme Outfitters logo", mark, "ACME", "OUTFITTERS", secondary, "#fff", accent),
        "hero.svg": hero,
        "products/trailblazer-45l-backpack.svg": product_card("Trailblazer 45L Backpack", tint, pack()),
        "products/summit-down-jacket.svg": product_card("Summit Down Jacket", tint, jacket()),
        "products/ridgeline-trekking-poles.svg": product_card("Ridgeline Trekking Poles", tint, poles()),
        "products/basecamp-2p-tent.svg": product_card("Basecamp 2P Tent", tint, tent()),
    }

# --- Globex Coffee Roasters: forest green, cream and roast amber; beans and cups ---------------------------------

def bean(x, y, angle, scale, fill, crease):
    return (f'<g transform="translate({x} {y}) rotate({angle}) scale({scale})">'
            f'<ellipse rx="20" ry="28" fill="{fill}"/><path d="M0 -24 C-9 -8 9 8 0 24" fill="none" stroke="{crease}" stroke-width="3.5" stroke-linecap="round"/></g>')

BEANS = [(90, 80, 20, 1.2), (170, 400, -30, 1), (260, 120, 60, .9), (1060, 90, -15, 1.1), (1130, 380, 35, 1.3), (980, 420, 80, .9),
         (120, 250, 45, .8), (1010, 250, -50, .8), (330, 430, 10, 1.1), (880, 70, 70, .9)]

def globex_art(primary, secondary, accent):
    mark = (f'<circle cx="24" cy="24" r="24" fill="{accent}"/>'
            + bean(24, 24, 30, .8, secondary, accent))
    steam = "".join(f'<path d="M{x} 170 C{x - 20} 140 {x + 20} 120 {x} 90" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity=".7"/>' for x in (560, 610, 660))
    hero = svg(1200, 480, (
        f'<rect width="1200" height="480" fill="{secondary}"/>'
        f'<circle cx="610" cy="260" r="230" fill="{primary}"/>'
        + "".join(bean(x, y, a, k, "#78350f", "#3b1d08") for x, y, a, k in BEANS) +
        f'{steam}'
        f'<ellipse cx="610" cy="410" rx="190" ry="30" fill="#fff"/><ellipse cx="610" cy="404" rx="150" ry="18" fill="#e5e7eb"/>'
        f'<path d="M470 200 L750 200 L725 360 Q720 400 680 400 L540 400 Q500 400 495 360 Z" fill="#fff"/>'
        f'<path d="M745 235 C820 235 820 330 735 330" fill="none" stroke="#fff" stroke-width="22"/>'
        f'<ellipse cx="610" cy="200" rx="140" ry="22" fill="{accent}"/><ellipse cx="610" cy="200" rx="140" ry="22" fill="none" stroke="#fff" stroke-width="6"/>'
        f'<path d="M580 196 C600 186 620 206 640 196" fill="none" stroke="{secondary}" stroke-width="4" stroke-linecap="round"/>'),
        "A cup of fresh coffee among roasted beans")
    def bag(origin, note, tag):
        return (f'<path d="M190 150 L410 150 L440 490 L160 490 Z" fill="{primary}"/>'
                f'<path d="M190 150 L410 150 L400 110 L200 110 Z" fill="#0f3d21"/>'
                f'<rect x="200" y="118" width="200" height="8" fill="{accent}"/>'
                f'<rect x="210" y="240" width="180" height="170" rx="10" fill="{secondary}"/>'
                + bean(300, 290, 25, 1, accent, secondary) +
                f'<text x="300" y="355" text-anchor="middle" {FONT} font-size="26" font-weight="800" letter-spacing="2" fill="{primary}">{origin}</text>'
                f'<text x="300" y="385" text-anchor="middle" {FONT} font-size="15" fill="{accent}">{note}</text>'
                f'<text x="300" y="460" text-anchor="middle" {FONT} font-size="16" font-weight="700" letter-spacing="3" fill="{secondary}">{tag}</text>')
    def kettle():
        return (f'<path d="M200 250 Q200 210 240 210 L360 210 Q400 210 400 250 L420 470 L180 470 Z" fill="#d1d5db"/>'
                f'<path d="M360 210 Q400 210 400 250 L420 470 L370 470 Z" fill="#9ca3af"/>'
                f'<path d="M200 420 C140 420 120 300 70 200 L56 180" fill="none" stroke="#9ca3af" stroke-width="16" stroke-linecap="round"/>'
                f'<path d="M400 260 C470 260 480 400 410 420" fill="none" stroke="{primary}" stroke-width="24" stroke-linecap="round"/>'
                f'<rect x="240" y="180" width="120" height="30" rx="12" fill="#6b7280"/><circle cx="300" cy="170" r="14" fill="{primary}"/>'
                f'<circle cx="300" cy="330" r="34" fill="{secondary}" stroke="#6b7280" stroke-width="6"/>'
                f'<line x1="300" y1="330" x2="318" y2="310" stroke="{accent}" stroke-width="5" stroke-linecap="round"/>'
                f'<rect x="175" y="466" width="250" height="16" rx="6" fill="#6b7280"/>')
    tint = "#fffbeb"
    return {
        "logo.svg": logo("Globex Coffee Roasters logo", mark, "GLOBEX", "COFFEE ROASTERS", secondary, primary, accent),
        "hero.svg": hero,
        "products/ethiopia-yirgacheffe.svg": product_card("Ethiopia Yirgacheffe", tint, bag("ETHIOPIA", "jasmine · bergamot", "250 G")),
        "products/colombia-huila.svg": product_card("Colombia Huila", tint, bag("COLOMBIA", "caramel · red apple", "250 G")),
        "products/morning-espresso-blend.svg": product_card("Morning Espresso Blend", tint, bag("ESPRESSO", "chocolate · hazelnut", "1 KG")),
        "products/gooseneck-pour-over-kettle.svg": product_card("Gooseneck Pour-over Kettle", tint, kettle()),
    }

# ---------------------------------------------------------------------------------------------------------------
# Media paths are relative: each tenant has its own media store, served at /media/<path> on its own host.

def tenant_recipe(name, site, tagline, colors, hero, about_html, products, art):
    brand = item("Branding", f"{site} branding", {"Branding": {
        "SiteName": {"Text": site}, "Tagline": {"Text": tagline},
        "PrimaryColor": {"Text": colors[0]}, "SecondaryColor": {"Text": colors[1]}, "AccentColor": {"Text": colors[2]},
        "Logo": {"Paths": ["logo.svg"], "MediaTexts": [f"{site} logo"]}}})
    hero_item = item("HeroSection", hero["title"], {"HeroSection": {
        "Headline": {"Text": hero["headline"]}, "Subheadline": {"Text": hero["sub"]},
        "Image": {"Paths": ["hero.svg"], "MediaTexts": [hero["headline"]]},
        "Cta": {"Url": hero["url"], "Text": hero["cta"]}}}, id_expr="[js: variables('heroId')]")
    home = item("Page", "Home", {"Page": {"Hero": {"ContentItemIds": ["[js: variables('heroId')]"]}},
                "HtmlBodyPart": {"Html": hero["body"]}}, route="/")
    about = item("Page", "About us", {"Page": {"Hero": {"ContentItemIds": []}}, "HtmlBodyPart": {"Html": about_html}}, route="/about")
    product_items = []
    for p in products:
        product_items.append(item("ProductContent", p["title"], {
            "ProductContent": {
                "Sku": {"Text": p["sku"]}, "Handle": {"Text": p["handle"]}, "Price": {"Value": p["price"]},
                "Images": {"Paths": [f"products/{p['handle']}.svg"], "MediaTexts": [p["title"]]},
                "SeoTitle": {"Text": f"{p['title']} | {site}"}, "SeoDescription": {"Text": p["seo"]},
                "Featured": {"Value": p.get("featured", False)}, "LaunchDate": {"Value": p["launch"]}},
            "MarkdownBodyPart": {"Markdown": p["body"]}}, route=f"/products/{p['handle']}"))
    # The commerce side of the same products: commerce owns SKU, price and stock, so the ProductContent fields above
    # are mirrors of these and must match them (price in USD cents).
    catalog = {"name": "Catalog", "locations": [{"handle": "main", "name": "Main warehouse"}], "categories": [], "collections": [],
               "products": [{"handle": p["handle"], "title": p["title"], "description": p["seo"], "status": "active", "options": [],
                             "variants": [{"sku": p["sku"], "title": "Default", "options": {}, "prices": {"USD": round(p["price"] * 100)},
                                           "inventory": {"main": p["stock"]}}],
                             "categories": [], "collections": []} for p in products]}
    missing = {f"products/{p['handle']}.svg" for p in products} - art.keys()
    assert not missing, f"no art for {missing}"
    media = {"name": "media", "Files": [
        {"TargetPath": path, "Base64": base64.b64encode(data.encode("utf-8")).decode("ascii")} for path, data in sorted(art.items())]}
    return {
        "name": name, "displayName": site, "description": f"Demo storefront content for {site}.",
        "author": "OrchardCommerce", "website": "", "version": "1.0.0", "issetuprecipe": True,
        "categories": ["demo"], "tags": ["storefront", "demo"],
        "variables": {"heroId": "[js: uuid()]"},
        "steps": [
            {"name": "feature", "enable": ["OrchardCore.Contents", "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.ContentFields", "OrchardCore.Media", "OrchardCommerce.Commerce", "OrchardCommerce.GraphQL.Api"], "disable": []},
            {"name": "Settings", "SiteName": site, "TimeZoneId": "UTC"},
            definition,
            media,
            {"name": "Content", "data": [brand, hero_item, home, about] + product_items},
            catalog,
        ],
    }

acme = tenant_recipe("acme", "Acme Outfitters", "Gear for the long way round", ["#c2410c", "#1f2937", "#facc15"],
    {"title": "Spring expedition hero", "headline": "Built for the long way round",
     "sub": "Packs, shells and shelters tested on three continents.",
     "url": "/products/trailblazer-45l-backpack", "cta": "Shop the Trailblazer",
     "body": "<p>Acme Outfitters has equipped through-hikers since 1987. Every piece we sell is field-tested by our guides before it reaches the shelf.</p>"},
    "<h2>Our story</h2><p>Founded by two mountain guides in Boulder, Colorado, Acme Outfitters repairs what it sells and buys back what you outgrow.</p>",
    [
        {"title": "Trailblazer 45L Backpack", "sku": "ACME-TB45-GRN", "stock": 25, "handle": "trailblazer-45l-backpack", "price": 189.0, "featured": True, "launch": "2026-03-01",
         "seo": "A 45-litre trekking pack with a ventilated frame and rain cover.", "body": "A **45-litre** pack with a ventilated back panel, hip-belt pockets and an integrated rain cover.\n\n- Weight: 1.4 kg\n- Recycled 210D ripstop"},
        {"title": "Summit Down Jacket", "sku": "ACME-SDJ-M-BLK", "stock": 12, "handle": "summit-down-jacket", "price": 249.0, "featured": True, "launch": "2025-10-15",
         "seo": "800-fill responsibly sourced down jacket for alpine starts.", "body": "800-fill **responsibly sourced down**, a helmet-compatible hood and a pack-away pocket."},
        {"title": "Ridgeline Trekking Poles", "sku": "ACME-RTP-PAIR", "stock": 40, "handle": "ridgeline-trekking-poles", "price": 79.5, "launch": "2025-06-01",
         "seo": "Carbon trekking poles with flick locks, sold as a pair.", "body": "Three-section **carbon** poles with cork grips and flick locks. Sold as a pair."},
        {"title": "Basecamp 2P Tent", "sku": "ACME-BC2P", "stock": 8, "handle": "basecamp-2p-tent", "price": 329.0, "launch": "2026-04-20",
         "seo": "Freestanding two-person, three-season tent at 1.9 kg.", "body": "A freestanding **two-person** tent with two doors, two vestibules and a 1.9 kg trail weight."},
    ], acme_art("#c2410c", "#1f2937", "#facc15"))

globex = tenant_recipe("globex", "Globex Coffee Roasters", "Small-batch coffee, roasted every Tuesday", ["#14532d", "#fef3c7", "#b45309"],
    {"title": "Harvest hero", "headline": "This season's harvest has landed",
     "sub": "Single-origin lots from Ethiopia and Colombia, roasted to order.",
     "url": "/products/ethiopia-yirgacheffe", "cta": "Taste Yirgacheffe",
     "body": "<p>We buy directly from four cooperatives and roast in small batches every Tuesday, so your bag ships within days of roasting.</p>"},
    "<h2>Who we are</h2><p>Globex Coffee Roasters started in a Portland garage in 2014. We pay at least 40% above the fair-trade floor.</p>",
    [
        {"title": "Ethiopia Yirgacheffe", "sku": "GLX-ETH-YRG-250", "stock": 60, "handle": "ethiopia-yirgacheffe", "price": 17.5, "featured": True, "launch": "2026-02-10",
         "seo": "Washed Yirgacheffe with jasmine and bergamot notes, 250 g.", "body": "Washed heirloom varietals. Notes of **jasmine, bergamot and peach**. 250 g, whole bean."},
        {"title": "Colombia Huila", "sku": "GLX-COL-HUI-250", "stock": 45, "handle": "colombia-huila", "price": 15.0, "launch": "2025-11-05",
         "seo": "Caramel and red apple from Huila's highlands, 250 g.", "body": "Caturra and Castillo from 1,700 m. Notes of **caramel and red apple**."},
        {"title": "Morning Espresso Blend", "sku": "GLX-ESP-1KG", "stock": 30, "handle": "morning-espresso-blend", "price": 38.0, "featured": True, "launch": "2025-01-15",
         "seo": "A chocolate-forward espresso blend, 1 kg.", "body": "Brazil and Guatemala for a **chocolate-forward** shot that holds up in milk. 1 kg."},
        {"title": "Gooseneck Pour-over Kettle", "sku": "GLX-KTL-GN", "stock": 15, "handle": "gooseneck-pour-over-kettle", "price": 64.0, "launch": "2026-05-01",
         "seo": "A 0.9 L stainless gooseneck kettle with a thermometer.", "body": "0.9 L stainless steel with a **built-in thermometer** and a precise gooseneck spout."},
    ], globex_art("#14532d", "#fef3c7", "#b45309"))

for r in (acme, globex):
    with open(f"{out}/{r['name']}.recipe.json", "w") as f:
        json.dump(r, f, indent=2, ensure_ascii=False)
        f.write("\n")
