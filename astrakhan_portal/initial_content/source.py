"""The portal's initial content, in Russian and English.

Every fact here comes from the source text (shared/seed); the Russian is a
faithful translation of it. Each text is a pair ``(russian, english)``. The
English is the source's, edited into plain American English (center, labor,
specialized; en dashes in "North–South" and "Astara–Baku–Astrakhan"), the
spelling of the names the source gives (Kurmangazy Regional Cultural Center).
A relation the source does not state (a monument's donor country, the
countries taking part in an event) is left for editors to set.
Pages are identified by their English slug under their parent, so loading
twice finds the same pages again.
"""

SPHERES = [
    # slug, (ru, en)
    ("trade", ("Торговля", "Trade")),
    ("shipbuilding", ("Судостроение", "Shipbuilding")),
    ("agriculture", ("Сельское хозяйство", "Agriculture")),
    ("logistics", ("Транспорт и логистика", "Transport and logistics")),
    ("education", ("Образование", "Education")),
    ("culture", ("Культура", "Culture")),
    ("tourism", ("Туризм", "Tourism")),
    ("humanitarian", ("Гуманитарное сотрудничество", "Humanitarian cooperation")),
]

HOME = {
    "title": (
        "Сотрудничество с государствами Каспия и СНГ",
        "Cooperation with the Caspian States and the CIS",
    ),
    "summary": (
        "Ключевые международные партнёры Астраханской области — прикаспийские государства и страны СНГ.",
        "Astrakhan Region’s key international partners are the Caspian States and the CIS.",
    ),
    "body": [
        (
            "Астраханская область поддерживает сотрудничество с правительствами Азербайджанской Республики "
            "и Туркменистана, а также с приграничными регионами Казахстана и провинциями Ирана. Губернатор "
            "Астраханской области Игорь Бабушкин встречался с президентами Азербайджана, Казахстана и "
            "Туркменистана и на постоянной основе общается с коллегами из прикаспийских регионов.",
            "Astrakhan Region cooperates with the governments of the Republic of Azerbaijan and Turkmenistan, "
            "as well as with the border regions of Kazakhstan and the provinces of Iran. Igor Babushkin, "
            "Governor of Astrakhan Region, has met the presidents of Azerbaijan, Kazakhstan and Turkmenistan "
            "and is in day-to-day contact with his counterparts in the Caspian regions.",
        ),
    ],
    "key_figures": [
        (
            ("5 000+", "5,000+"),
            (
                "иностранных студентов учатся в Астрахани",
                "foreign students study in Astrakhan",
            ),
        ),
        (
            ("3 000+", "3,000+"),
            (
                "из них — из прикаспийских стран",
                "of them come from the Caspian countries",
            ),
        ),
        (
            ("1996", "1996"),
            (
                "с этого года действует Ассоциация государственных университетов и научных центров "
                "прикаспийских государств",
                "the year since which the Association of State Universities and Research Centers of the "
                "Caspian States has been operating",
            ),
        ),
    ],
}

SECTIONS = {
    # key: (slug_ru, slug_en), title, summary
    "partners": {
        "slug": ("partnery", "partners"),
        "title": ("Страны-партнёры", "Partner countries"),
        "summary": (
            "Прикаспийские государства — Азербайджан, Казахстан, Туркменистан, Иран — и страны СНГ: "
            "Беларусь, Узбекистан, Молдова (Гагаузия).",
            "The Caspian States (Azerbaijan, Kazakhstan, Turkmenistan, Iran) and the CIS countries: "
            "Belarus, Uzbekistan, Moldova (Gagauzia).",
        ),
    },
    "projects": {
        "slug": ("proekty", "projects"),
        "title": ("Совместные проекты", "Joint projects"),
        "summary": (
            "В последние годы Правительство Астраханской области реализовало многочисленные совместные "
            "проекты с прикаспийскими партнёрами.",
            "In recent years, the Government of Astrakhan Region has implemented numerous joint projects "
            "with its Caspian partners.",
        ),
    },
    "monuments": {
        "slug": ("pamyatniki", "monuments"),
        "title": ("Памятники", "Monuments"),
        "summary": (
            "Город Астрахань украшают памятники общественным и культурным деятелям народов прикаспийских "
            "государств: Махтумкули Фраги, Курмангазы Сагырбаеву, Омару Хайяму, Гейдару Алиеву. Все эти "
            "памятники были подарены региону.",
            "The city of Astrakhan is adorned with monuments to public and cultural figures of the peoples of "
            "the Caspian States: Makhtumkuli Fragi, Kurmangazy Sagyrbayev, Omar Khayyam and Heydar Aliyev. "
            "All of these monuments were donated to the region.",
        ),
    },
    "universities": {
        "slug": ("universitety", "universities"),
        "title": ("Университеты", "Universities"),
        "summary": (
            "Астраханские вузы поддерживают тесные контакты с партнёрами из всех прикаспийских государств.",
            "Astrakhan’s universities maintain close contacts with partners in all the Caspian States.",
        ),
    },
    "events": {
        "slug": ("meropriyatiya", "events"),
        "title": ("Каспийские мероприятия", "Caspian events"),
        "summary": (
            "Большое число общекаспийских мероприятий получило постоянную прописку в Астрахани.",
            "Many Caspian-wide events have found a permanent home in Astrakhan.",
        ),
    },
    "news": {
        "slug": ("novosti", "news"),
        "title": ("Новости", "News"),
        "summary": (
            "Новости международного сотрудничества Астраханской области.",
            "News of Astrakhan Region’s international cooperation.",
        ),
    },
}

UNIVERSITY_FIGURES = [
    (
        ("5 000+", "5,000+"),
        (
            "иностранных студентов обучаются в астраханских вузах и учреждениях среднего профессионального образования",
            "foreign students study at Astrakhan’s higher and secondary education institutions",
        ),
    ),
    (
        ("3 000+", "3,000+"),
        ("из них — из прикаспийских стран", "of them come from the Caspian countries"),
    ),
    (
        ("1996", "1996"),
        (
            "с этого года действует Ассоциация государственных университетов и научных центров прикаспийских государств",
            "the year since which the Association of State Universities and Research Centers of the Caspian "
            "States has been operating",
        ),
    ),
]

UNIVERSITY_BODY = [
    (
        "В настоящее время в астраханских вузах и учреждениях среднего профессионального образования "
        "обучаются более 5 тысяч иностранных студентов, из них более 3 тысяч — из прикаспийских стран.",
        "More than 5,000 foreign students currently study at Astrakhan’s higher and secondary education "
        "institutions, over 3,000 of them from the Caspian countries.",
    ),
    (
        "В Астрахани, при Астраханском государственном техническом университете, находится штаб-квартира "
        "Исполнительной дирекции Ассоциации государственных университетов и научных центров прикаспийских "
        "государств, которая действует с 1996 года.",
        "The Executive Directorate of the Association of State Universities and Research Centers of the "
        "Caspian States, which has been operating since 1996, has its headquarters in Astrakhan, at Astrakhan "
        "State Technical University.",
    ),
]

UNIVERSITIES = [
    {
        "slug": (
            "astrahanskiy-gosudarstvennyy-tehnicheskiy-universitet",
            "astrakhan-state-technical-university",
        ),
        "title": (
            "Астраханский государственный технический университет",
            "Astrakhan State Technical University",
        ),
        "summary": (
            "При университете находится штаб-квартира Исполнительной дирекции Ассоциации государственных "
            "университетов и научных центров прикаспийских государств; в 2020 году открыт филиал в Ташкенте.",
            "The Executive Directorate of the Association of State Universities and Research Centers of the "
            "Caspian States has its headquarters at the university; its branch in Tashkent opened in 2020.",
        ),
        "body": [
            UNIVERSITY_BODY[1],
            (
                "В 2020 году в столице Узбекистана, Ташкенте, открылся филиал Астраханского государственного "
                "технического университета, который готовит специалистов для экономики и экологии страны.",
                "In 2020, a branch of Astrakhan State Technical University opened in Tashkent, the capital of "
                "Uzbekistan; it trains specialists for the country’s economy and ecology.",
            ),
        ],
        # The source names only the Tashkent branch; other partners are for editors to add.
        "countries": ["UZ"],
    },
]

COUNTRIES = [
    {
        "iso": "AZ",
        "group": "caspian",
        "slug": ("azerbaydzhan", "azerbaijan"),
        "title": ("Азербайджан", "Azerbaijan"),
        "partner_regions": (
            "Правительство Азербайджанской Республики",
            "The Government of the Republic of Azerbaijan",
        ),
        "summary": (
            "Астраханская область поддерживает сотрудничество с Правительством Азербайджанской Республики.",
            "Astrakhan Region cooperates with the Government of the Republic of Azerbaijan.",
        ),
        "body": [
            (
                "Губернатор Астраханской области Игорь Бабушкин встречался с Президентом Азербайджана. В Астрахани "
                "открыт Бизнес-центр Азербайджана, а Астраханская область в 2021 году открыла свой бизнес-центр в Баку.",
                "Igor Babushkin, Governor of Astrakhan Region, has met the President of Azerbaijan. Azerbaijan’s "
                "Business Center has opened in Astrakhan, and in 2021 Astrakhan Region opened its own business "
                "center in Baku.",
            ),
            (
                "Фондом Гейдара Алиева реконструирована муниципальная школа № 11; в регионе возведены детский сад, "
                "мост в честь дружественных связей Астраханской области и Азербайджана и памятник князю "
                "Владимиру Крестителю.",
                "The Heydar Aliyev Foundation reconstructed municipal school No. 11; a kindergarten, a bridge "
                "celebrating the friendly ties between Astrakhan Region and Azerbaijan, and a monument to Prince "
                "Vladimir the Baptist were erected in the region.",
            ),
        ],
    },
    {
        "iso": "KZ",
        "group": "caspian",
        "slug": ("kazahstan", "kazakhstan"),
        "title": ("Казахстан", "Kazakhstan"),
        "partner_regions": (
            "Приграничные регионы Казахстана",
            "Border regions of Kazakhstan",
        ),
        "summary": (
            "Астраханская область поддерживает сотрудничество с приграничными регионами Казахстана.",
            "Astrakhan Region cooperates with the border regions of Kazakhstan.",
        ),
        "body": [
            (
                "Губернатор Астраханской области Игорь Бабушкин встречался с Президентом Казахстана. В Астрахани "
                "работает консульское учреждение Казахстана.",
                "Igor Babushkin, Governor of Astrakhan Region, has met the President of Kazakhstan. Kazakhstan has "
                "a consular office in Astrakhan.",
            ),
            (
                "Совместными усилиями с Казахстаном в селе Алтынжар Володарского района открыт Региональный "
                "культурный центр имени Курмангазы. Астраханские судостроители недавно передали Казахстану серию "
                "земснарядов для дноуглубления и добычи нерудных материалов.",
                "Through joint efforts with Kazakhstan, the Kurmangazy Regional Cultural Center has opened in the "
                "village of Altynzhar, Volodarsky District. Astrakhan shipbuilders have recently delivered to "
                "Kazakhstan a series of dredgers for dredging and the extraction of non-metallic materials.",
            ),
        ],
        "offices": [
            (
                "consulate",
                ("Консульское учреждение Казахстана", "Consular office of Kazakhstan"),
            )
        ],
    },
    {
        "iso": "TM",
        "group": "caspian",
        "slug": ("turkmenistan", "turkmenistan"),
        "title": ("Туркменистан", "Turkmenistan"),
        "partner_regions": (
            "Правительство Туркменистана",
            "The Government of Turkmenistan",
        ),
        "summary": (
            "Астраханская область поддерживает сотрудничество с Правительством Туркменистана.",
            "Astrakhan Region cooperates with the Government of Turkmenistan.",
        ),
        "body": [
            (
                "Губернатор Астраханской области Игорь Бабушкин встречался с Президентом Туркменистана. В Астрахани "
                "работает консульское учреждение Туркменистана.",
                "Igor Babushkin, Governor of Astrakhan Region, has met the President of Turkmenistan. Turkmenistan "
                "has a consular office in Astrakhan.",
            ),
            (
                "Туркменистан построил школу в селе Фунтово Приволжского района.",
                "Turkmenistan built a school in the village of Funtovo, Privolzhsky District.",
            ),
        ],
        "offices": [
            (
                "consulate",
                (
                    "Консульское учреждение Туркменистана",
                    "Consular office of Turkmenistan",
                ),
            )
        ],
    },
    {
        "iso": "IR",
        "group": "caspian",
        "slug": ("iran", "iran"),
        "title": ("Иран", "Iran"),
        "partner_regions": ("Провинции Ирана", "The provinces of Iran"),
        "summary": (
            "Астраханская область поддерживает сотрудничество с провинциями Ирана.",
            "Astrakhan Region cooperates with the provinces of Iran.",
        ),
        "body": [
            (
                "В Астрахани работают консульское учреждение Ирана и представительство Российско-Иранского "
                "делового совета при Торгово-промышленной палате Российской Федерации.",
                "Iran has a consular office in Astrakhan, and the Russian-Iranian Business Council at the Russian "
                "Chamber of Commerce and Industry has a representative office in the city.",
            ),
            (
                "В Астрахани открыт Торговый дом Ирана и работает филиал иранского банка. Железнодорожная линия "
                "Астара — Баку — Астрахань доставляет грузы из Турции, Ирана и Азербайджана в Россию.",
                "Iran’s Trading House has opened in Astrakhan, and a branch of an Iranian bank operates in the "
                "city. The Astara–Baku–Astrakhan railway line carries goods from Turkey, Iran and Azerbaijan to "
                "Russia.",
            ),
        ],
        "offices": [
            ("consulate", ("Консульское учреждение Ирана", "Consular office of Iran")),
            (
                "representative",
                (
                    "Представительство Российско-Иранского делового совета при Торгово-промышленной палате "
                    "Российской Федерации",
                    "Representative office of the Russian-Iranian Business Council at the Russian Chamber of "
                    "Commerce and Industry",
                ),
            ),
        ],
    },
    {
        "iso": "BY",
        "group": "cis",
        "slug": ("belarus", "belarus"),
        "title": ("Беларусь", "Belarus"),
        "partner_regions": (
            "Правительство Республики Беларусь",
            "The Government of the Republic of Belarus",
        ),
        "summary": (
            "Сотрудничество с Беларусью осуществляется в рамках Соглашения между Правительством Астраханской "
            "области и Правительством Республики Беларусь.",
            "Cooperation with Belarus is carried out under the Agreement between the Government of Astrakhan "
            "Region and the Government of the Republic of Belarus.",
        ),
        "body": [
            (
                "На белорусский рынок поставляется астраханская сельскохозяйственная продукция, в том числе рыба и "
                "продукты её переработки, шерсть и ранний картофель. Из Беларуси на астраханский рынок налажены "
                "поставки бытовой техники, мебели, обуви, текстильных и продовольственных товаров. В Астрахани "
                "регулярно проходят ярмарки белорусских товаров.",
                "Astrakhan agricultural products, including fish and processed fish products, wool and early "
                "potatoes, are supplied to the Belarusian market. Household appliances, furniture, footwear, "
                "textiles and food products are supplied from Belarus to the Astrakhan market. Fairs of Belarusian "
                "goods are held regularly in Astrakhan.",
            ),
            (
                "Для обслуживания белорусской сельскохозяйственной техники, которую широко используют астраханские "
                "аграрии, в регионе создан специализированный центр Минского тракторного завода.",
                "A specialized center of the Minsk Tractor Plant has been set up in the region to service "
                "Belarusian agricultural machinery, which is widely used by Astrakhan farmers.",
            ),
        ],
        "agreements": [
            {
                "parties": (
                    "Правительство Астраханской области и Правительство Республики Беларусь",
                    "The Government of Astrakhan Region and the Government of the Republic of Belarus",
                ),
                "year": None,
                "subject": (
                    "О сотрудничестве в торгово-экономической, научно-технической, социально-культурной и "
                    "гуманитарной сферах",
                    "On cooperation in the trade and economic, scientific and technical, social and cultural, and "
                    "humanitarian spheres",
                ),
                "note": ("", ""),
            }
        ],
    },
    {
        "iso": "UZ",
        "group": "cis",
        "slug": ("uzbekistan", "uzbekistan"),
        "title": ("Узбекистан", "Uzbekistan"),
        "partner_regions": ("Республика Узбекистан", "The Republic of Uzbekistan"),
        "summary": (
            "С Республикой Узбекистан поддерживаются контакты в рамках развития сотрудничества со странами СНГ.",
            "Astrakhan Region maintains contacts with the Republic of Uzbekistan as part of closer cooperation "
            "with the CIS.",
        ),
        "body": [
            (
                "Важную роль в развитии сельского хозяйства Астраханской области играет привлечение трудовых "
                "ресурсов из Узбекистана на регулярной основе. Кроме того, в вузах региона обучается большое число "
                "граждан Узбекистана.",
                "The regular recruitment of workers from Uzbekistan plays an important role in the development of "
                "agriculture in Astrakhan Region. In addition, a large number of Uzbek nationals study at the "
                "region’s universities.",
            ),
            (
                "В 2020 году в столице страны, Ташкенте, открылся филиал Астраханского государственного "
                "технического университета, который готовит специалистов для экономики и экологии страны.",
                "In 2020, a branch of Astrakhan State Technical University opened in Tashkent, the country’s "
                "capital; it trains specialists for the country’s economy and ecology.",
            ),
        ],
    },
    {
        "iso": "MD",
        "group": "cis",
        "slug": ("moldova-gagauziya", "moldova-gagauzia"),
        "title": ("Молдова (Гагаузия)", "Moldova (Gagauzia)"),
        "partner_regions": (
            "Гагаузия, автономное территориальное образование Республики Молдова",
            "Gagauzia, an autonomous territorial unit of the Republic of Moldova",
        ),
        "summary": (
            "Партнёр Астраханской области — Гагаузия, автономное территориальное образование Республики Молдова. "
            "Главное направление сотрудничества — развитие взаимодействия в сельском хозяйстве.",
            "Astrakhan Region’s partner is Gagauzia, an autonomous territorial unit of the Republic of Moldova. "
            "The main focus of cooperation is closer collaboration in agriculture.",
        ),
        "body": [
            (
                "В июне 2021 года на полях Петербургского международного экономического форума подписано "
                "соглашение между Правительством Астраханской области и Исполнительным комитетом Гагаузии, "
                "автономного территориального образования Республики Молдова, о торгово-экономическом, "
                "научно-техническом, гуманитарном и культурном сотрудничестве. Главное направление сотрудничества — "
                "развитие взаимодействия в сельском хозяйстве.",
                "In June 2021, on the sidelines of the St. Petersburg International Economic Forum, the Government "
                "of Astrakhan Region and the Executive Committee of Gagauzia, an autonomous territorial unit of the "
                "Republic of Moldova, signed an agreement on trade, economic, scientific, technical, humanitarian "
                "and cultural cooperation. The main focus of cooperation is closer collaboration in agriculture.",
            ),
        ],
        "agreements": [
            {
                "parties": (
                    "Правительство Астраханской области и Исполнительный комитет Гагаузии (АТО Республики Молдова)",
                    "The Government of Astrakhan Region and the Executive Committee of Gagauzia "
                    "(Autonomous Territorial Unit of the Republic of Moldova)",
                ),
                "year": 2021,
                "subject": (
                    "О торгово-экономическом, научно-техническом, гуманитарном и культурном сотрудничестве",
                    "On trade, economic, scientific, technical, humanitarian and cultural cooperation",
                ),
                "note": (
                    "Подписано в июне 2021 года на полях Петербургского международного экономического форума.",
                    "Signed in June 2021 on the sidelines of the St. Petersburg International Economic Forum.",
                ),
            }
        ],
    },
]

CASPIAN = ["AZ", "KZ", "TM", "IR"]

PROJECTS = [
    {
        "slug": ("torgovyy-dom-irana", "iran-trading-house"),
        "title": (
            "Торговый дом Ирана в Астрахани",
            "Iran’s Trading House in Astrakhan",
        ),
        "summary": (
            "В Астрахани открыт Торговый дом Ирана.",
            "Iran’s Trading House has opened in Astrakhan.",
        ),
        "countries": ["IR"],
        "spheres": ["trade"],
        "location": ("Астрахань", "Astrakhan"),
    },
    {
        "slug": ("biznes-centr-azerbaydzhana", "azerbaijan-business-center"),
        "title": (
            "Бизнес-центр Азербайджана в Астрахани",
            "Azerbaijan’s Business Center in Astrakhan",
        ),
        "summary": (
            "В Астрахани открыт Бизнес-центр Азербайджана.",
            "Azerbaijan’s Business Center has opened in Astrakhan.",
        ),
        "countries": ["AZ"],
        "spheres": ["trade"],
        "location": ("Астрахань", "Astrakhan"),
    },
    {
        "slug": ("filial-iranskogo-banka", "iranian-bank-branch"),
        "title": (
            "Филиал иранского банка в Астрахани",
            "Branch of an Iranian bank in Astrakhan",
        ),
        "summary": (
            "В Астрахани работает филиал иранского банка.",
            "A branch of an Iranian bank operates in Astrakhan.",
        ),
        "countries": ["IR"],
        "spheres": ["trade"],
        "location": ("Астрахань", "Astrakhan"),
    },
    {
        "slug": (
            "biznes-centr-astrahanskoy-oblasti-v-baku",
            "astrakhan-business-center-baku",
        ),
        "title": (
            "Бизнес-центр Астраханской области в Баку",
            "Astrakhan Region’s business center in Baku",
        ),
        "summary": (
            "В 2021 году Астраханская область открыла свой бизнес-центр в Баку.",
            "Astrakhan Region opened its business center in Baku in 2021.",
        ),
        "countries": ["AZ"],
        "spheres": ["trade"],
        "year": 2021,
        "location": ("Баку", "Baku"),
    },
    {
        "slug": ("kulturnyy-centr-kurmangazy", "kurmangazy-cultural-center"),
        "title": (
            "Региональный культурный центр имени Курмангазы",
            "Kurmangazy Regional Cultural Center",
        ),
        "summary": (
            "Совместными усилиями с Казахстаном в селе Алтынжар Володарского района открыт Региональный "
            "культурный центр имени Курмангазы.",
            "Through joint efforts with Kazakhstan, the Kurmangazy Regional Cultural Center has opened in the "
            "village of Altynzhar, Volodarsky District.",
        ),
        "countries": ["KZ"],
        "spheres": ["culture", "humanitarian"],
        "location": (
            "Село Алтынжар, Володарский район",
            "Village of Altynzhar, Volodarsky District",
        ),
    },
    {
        "slug": ("shkola-11", "school-no-11"),
        "title": (
            "Реконструкция муниципальной школы № 11",
            "Reconstruction of municipal school No. 11",
        ),
        "summary": (
            "Муниципальная школа № 11 реконструирована Фондом Гейдара Алиева.",
            "The Heydar Aliyev Foundation reconstructed municipal school No. 11.",
        ),
        "countries": ["AZ"],
        "spheres": ["education", "humanitarian"],
    },
    {
        "slug": ("detskiy-sad", "kindergarten"),
        "title": ("Детский сад", "Kindergarten"),
        "summary": (
            "В рамках гуманитарных проектов с Азербайджаном в регионе возведён детский сад.",
            "A kindergarten has been built in the region as one of the humanitarian projects with Azerbaijan.",
        ),
        "countries": ["AZ"],
        "spheres": ["education", "humanitarian"],
    },
    {
        "slug": ("most-druzhby", "friendship-bridge"),
        "title": ("Мост дружбы", "Friendship bridge"),
        "summary": (
            "В регионе возведён мост в честь дружественных связей Астраханской области и Азербайджана.",
            "A bridge celebrating the friendly ties between Astrakhan Region and Azerbaijan has been built in the "
            "region.",
        ),
        "countries": ["AZ"],
        "spheres": ["humanitarian"],
    },
    {
        "slug": ("shkola-v-funtovo", "school-in-funtovo"),
        "title": ("Школа в селе Фунтово", "School in Funtovo"),
        "summary": (
            "Туркменистан построил школу в селе Фунтово Приволжского района.",
            "Turkmenistan built a school in the village of Funtovo, Privolzhsky District.",
        ),
        "countries": ["TM"],
        "spheres": ["education", "humanitarian"],
        "location": (
            "Село Фунтово, Приволжский район",
            "Village of Funtovo, Privolzhsky District",
        ),
    },
    {
        "slug": ("filial-agtu-v-tashkente", "astu-branch-tashkent"),
        "title": ("Филиал АГТУ в Ташкенте", "ASTU branch in Tashkent"),
        "summary": (
            "В 2020 году в Ташкенте открылся филиал Астраханского государственного технического университета, "
            "который готовит специалистов для экономики и экологии Узбекистана.",
            "In 2020, a branch of Astrakhan State Technical University opened in Tashkent; it trains specialists "
            "for Uzbekistan’s economy and ecology.",
        ),
        "countries": ["UZ"],
        "spheres": ["education"],
        "year": 2020,
        "location": ("Ташкент", "Tashkent"),
    },
    {
        "slug": ("servisnyy-centr-mtz", "minsk-tractor-plant-service-center"),
        "title": (
            "Сервисный центр Минского тракторного завода",
            "Minsk Tractor Plant service center",
        ),
        "summary": (
            "Для обслуживания белорусской сельскохозяйственной техники, которую широко используют астраханские "
            "аграрии, в регионе создан специализированный центр Минского тракторного завода.",
            "A specialized center of the Minsk Tractor Plant has been set up in the region to service Belarusian "
            "agricultural machinery, which is widely used by Astrakhan farmers.",
        ),
        "countries": ["BY"],
        "spheres": ["agriculture", "trade"],
    },
    {
        "slug": ("portovaya-oez-olya", "olya-port-special-economic-zone"),
        "title": (
            "Портовая особая экономическая зона у порта Оля",
            "Port special economic zone near the port of Olya",
        ),
        "summary": (
            "В непосредственной близости от порта Оля создаётся портовая особая экономическая зона.",
            "A port special economic zone is being set up close to the port of Olya.",
        ),
        "body": [
            (
                "Партнёры из прикаспийских государств инвестируют в развитие портовой инфраструктуры, сельского "
                "хозяйства и промышленности региона, создают логистические центры, а также участвуют во "
                "внешнеэкономической деятельности.",
                "Partners from the Caspian States invest in the region’s port infrastructure, agriculture and "
                "industry, set up logistics centers and take part in foreign economic activities.",
            )
        ],
        "countries": CASPIAN,
        "spheres": ["logistics"],
        "location": ("Порт Оля", "Port of Olya"),
    },
    {
        "slug": (
            "zheleznaya-doroga-astara-baku-astrahan",
            "astara-baku-astrakhan-railway",
        ),
        "title": (
            "Железнодорожная линия Астара — Баку — Астрахань",
            "Astara–Baku–Astrakhan railway line",
        ),
        "summary": (
            "Железнодорожная линия Астара — Баку — Астрахань доставляет грузы из Турции, Ирана и Азербайджана в Россию.",
            "The Astara–Baku–Astrakhan railway line carries goods from Turkey, Iran and Azerbaijan to Russia.",
        ),
        "body": [
            (
                "Особое внимание уделяется наращиванию грузопотока по транспортному коридору «Север — Юг» и "
                "загрузке транспортно-логистического потенциала региона.",
                "Special attention is paid to increasing cargo traffic along the North–South transport corridor "
                "and to making full use of the region’s transport and logistics capacity.",
            )
        ],
        "countries": ["AZ", "IR"],
        "spheres": ["logistics", "trade"],
    },
    {
        "slug": ("zemsnaryady-dlya-kazahstana", "dredgers-for-kazakhstan"),
        "title": ("Земснаряды для Казахстана", "Dredgers for Kazakhstan"),
        "summary": (
            "Астраханские судостроители недавно передали Казахстану серию земснарядов для дноуглубления и добычи "
            "нерудных материалов.",
            "Astrakhan shipbuilders have recently delivered to Kazakhstan a series of dredgers for dredging and "
            "the extraction of non-metallic materials.",
        ),
        "countries": ["KZ"],
        "spheres": ["shipbuilding"],
    },
    {
        "slug": ("suda-dlya-prikaspiyskih-gosudarstv", "ships-for-caspian-states"),
        "title": ("Суда для прикаспийских государств", "Ships for the Caspian States"),
        "summary": (
            "На астраханских верфях по заказам прикаспийских государств построены суда и технические средства "
            "для добычи и транспортировки нефти и рыбы.",
            "Astrakhan shipyards have built ships and technical equipment for the extraction and transportation of "
            "both oil and fish to orders from the Caspian States.",
        ),
        "countries": CASPIAN,
        "spheres": ["shipbuilding"],
    },
    {
        "slug": ("postavki-v-belarus", "trade-with-belarus"),
        "title": ("Взаимные поставки с Беларусью", "Trade with Belarus"),
        "summary": (
            "Астраханская сельскохозяйственная продукция поставляется на белорусский рынок, а белорусские товары — "
            "на астраханский; в Астрахани регулярно проходят ярмарки белорусских товаров.",
            "Astrakhan agricultural products are supplied to the Belarusian market and Belarusian goods to the "
            "Astrakhan market; fairs of Belarusian goods are held regularly in Astrakhan.",
        ),
        "body": [COUNTRIES[4]["body"][0]],
        "countries": ["BY"],
        "spheres": ["trade", "agriculture"],
    },
    {
        "slug": ("trudovye-resursy-iz-uzbekistana", "labour-from-uzbekistan"),
        "title": (
            "Трудовые ресурсы из Узбекистана для сельского хозяйства",
            "Workers from Uzbekistan for agriculture",
        ),
        "summary": (
            "Важную роль в развитии сельского хозяйства Астраханской области играет привлечение трудовых ресурсов "
            "из Узбекистана на регулярной основе.",
            "The regular recruitment of workers from Uzbekistan plays an important role in the development of "
            "agriculture in Astrakhan Region.",
        ),
        "countries": ["UZ"],
        "spheres": ["agriculture"],
    },
    {
        "slug": (
            "selskohozyaystvennoe-sotrudnichestvo-s-gagauziey",
            "agricultural-cooperation-gagauzia",
        ),
        "title": (
            "Сельскохозяйственное сотрудничество с Гагаузией",
            "Agricultural cooperation with Gagauzia",
        ),
        "summary": (
            "Главное направление сотрудничества с Гагаузией — развитие взаимодействия в сельском хозяйстве.",
            "The main focus of cooperation with Gagauzia is closer collaboration in agriculture.",
        ),
        "countries": ["MD"],
        "spheres": ["agriculture"],
        "year": 2021,
    },
    {
        "slug": ("kruiznyy-turizm-na-kaspii", "caspian-cruise-tourism"),
        "title": ("Круизный туризм на Каспии", "Cruise tourism on the Caspian"),
        "summary": (
            "Круизный туризм может стать перспективным интеграционным проектом для всего Каспия. Правительство "
            "Астраханской области обсуждает этот проект с коллегами из прикаспийских государств.",
            "Cruise tourism could become a promising integration project for the entire Caspian. The Government "
            "of Astrakhan Region has begun discussing this project with its counterparts in the Caspian States.",
        ),
        "countries": CASPIAN,
        "spheres": ["tourism"],
    },
]

# The joint projects the home page features when the loader first creates it
# (English slugs); afterwards editors choose them in the admin.
HOME_FEATURED_PROJECTS = [
    "iran-trading-house",
    "azerbaijan-business-center",
    "astu-branch-tashkent",
    "friendship-bridge",
]

MONUMENTS = [
    {
        "slug": ("mahtumkuli-fragi", "makhtumkuli-fragi"),
        "title": ("Памятник Махтумкули Фраги", "Monument to Makhtumkuli Fragi"),
    },
    {
        "slug": ("kurmangazy-sagyrbaev", "kurmangazy-sagyrbayev"),
        "title": (
            "Памятник Курмангазы Сагырбаеву",
            "Monument to Kurmangazy Sagyrbayev",
        ),
    },
    {
        "slug": ("omar-hayyam", "omar-khayyam"),
        "title": ("Памятник Омару Хайяму", "Monument to Omar Khayyam"),
    },
    {
        "slug": ("geydar-aliev", "heydar-aliyev"),
        "title": ("Памятник Гейдару Алиеву", "Monument to Heydar Aliyev"),
    },
]
MONUMENT_SUMMARY = (
    "Один из памятников общественным и культурным деятелям народов прикаспийских государств, украшающих "
    "Астрахань. Памятник подарен региону.",
    "One of the monuments to public and cultural figures of the peoples of the Caspian States that adorn "
    "the city of Astrakhan. The monument was donated to the region.",
)
MONUMENT_PRINCE_VLADIMIR = {
    "slug": ("knyaz-vladimir-krestitel", "prince-vladimir-the-baptist"),
    "title": (
        "Памятник князю Владимиру Крестителю",
        "Monument to Prince Vladimir the Baptist",
    ),
    # The source says it was erected in the region, not that it was donated or by whom.
    "summary": (
        "Памятник князю Владимиру Крестителю возведён в регионе, как и детский сад и мост в честь дружественных "
        "связей Астраханской области и Азербайджана.",
        "A monument to Prince Vladimir the Baptist was erected in the region, as were a kindergarten and a "
        "bridge celebrating the friendly ties between Astrakhan Region and Azerbaijan.",
    ),
}

EVENTS = [
    {
        "slug": ("kaspiyskiy-mediaforum", "caspian-media-forum"),
        "title": ("Каспийский медиафорум", "Caspian Media Forum"),
    },
    {
        "slug": ("festival-kaspiyskie-sezony", "caspian-seasons-festival"),
        "title": (
            "Международный фестиваль классического искусства «Каспийские сезоны»",
            "International Classical Art Festival “Caspian Seasons”",
        ),
    },
    {
        "slug": (
            "kaspiyskiy-nauchno-obrazovatelnyy-kongress",
            "caspian-scientific-educational-congress",
        ),
        "title": (
            "Каспийский научно-образовательный конгресс",
            "Caspian Scientific Educational Congress",
        ),
    },
    {
        "slug": ("forum-kaspiy-more-uspeha", "caspian-sea-of-success-forum"),
        "title": (
            "Научный форум нефти и газа «Каспий — море успеха»",
            "Oil and Gas Scientific Forum “Caspian Sea is the Sea of Success”",
        ),
    },
]
EVENT_SUMMARY = (
    "Одно из общекаспийских мероприятий, которые регулярно проводятся в Астрахани.",
    "One of the Caspian-wide events held regularly in Astrakhan.",
)

STANDARD_PAGES = [
    {
        "slug": ("o-sotrudnichestve", "about"),
        "title": ("О сотрудничестве", "About the cooperation"),
        "summary": HOME["summary"],
        "body": [
            HOME["body"][0],
            (
                "В Астрахани работают консульские учреждения Ирана, Казахстана и Туркменистана, а также "
                "представительства Министерства иностранных дел Российской Федерации и Российско-Иранского "
                "делового совета при Торгово-промышленной палате Российской Федерации, что является подлинным "
                "признанием особой роли региона во взаимодействии России с прикаспийскими государствами.",
                "Iran, Kazakhstan and Turkmenistan have consular offices in Astrakhan, and the Russian Ministry of "
                "Foreign Affairs and the Russian-Iranian Business Council at the Russian Chamber of Commerce and "
                "Industry have representative offices in the city: a true recognition of the special role the "
                "region plays in Russia’s relations with the Caspian States.",
            ),
            (
                "Среди основных направлений сотрудничества с партнёрами из прикаспийских государств — такие "
                "отрасли экономики, как торговля, судостроение, сельское хозяйство.",
                "The main areas of cooperation with partners from the Caspian States include economic sectors "
                "such as trade, shipbuilding and agriculture.",
            ),
            (
                "В рамках развития сотрудничества со странами СНГ, помимо укрепления связей с Азербайджаном, "
                "Казахстаном и Туркменистаном, поддерживаются контакты с Республикой Беларусь, Республикой "
                "Узбекистан и Республикой Молдова.",
                "As part of closer cooperation with the CIS, besides strengthening ties with Azerbaijan, Kazakhstan "
                "and Turkmenistan, Astrakhan Region maintains contacts with the Republic of Belarus, the Republic "
                "of Uzbekistan and the Republic of Moldova.",
            ),
        ],
    },
    {
        "slug": ("koridor-sever-yug", "north-south-corridor"),
        "title": (
            "Транспортный коридор «Север — Юг»",
            "North–South transport corridor",
        ),
        "summary": (
            "Особое внимание уделяется наращиванию грузопотока по транспортному коридору «Север — Юг» и загрузке "
            "транспортно-логистического потенциала региона.",
            "Special attention is paid to increasing cargo traffic along the North–South transport corridor and "
            "to making full use of the region’s transport and logistics capacity.",
        ),
        "body": [
            (
                "Железнодорожная линия Астара — Баку — Астрахань доставляет грузы из Турции, Ирана и Азербайджана в "
                "Россию. В непосредственной близости от порта Оля создаётся портовая особая экономическая зона.",
                "The Astara–Baku–Astrakhan railway line carries goods from Turkey, Iran and Azerbaijan to Russia. "
                "A port special economic zone is being set up close to the port of Olya.",
            ),
            PROJECTS[11]["body"][0],
        ],
    },
    {
        "slug": ("turizm", "tourism"),
        "title": ("Туризм", "Tourism"),
        "summary": (
            "Большое внимание уделяется сотрудничеству в сфере туризма.",
            "Much attention is paid to cooperation in tourism.",
        ),
        "body": [PROJECTS[-1]["summary"]],
    },
    {
        "slug": ("kontakty", "contacts"),
        "title": ("Контакты", "Contacts"),
        "summary": (
            "Консульские учреждения и представительства в Астрахани.",
            "Consular and representative offices in Astrakhan.",
        ),
        "body": [
            (
                "В Астрахани работают консульские учреждения Ирана, Казахстана и Туркменистана, а также "
                "представительства Министерства иностранных дел Российской Федерации и Российско-Иранского "
                "делового совета при Торгово-промышленной палате Российской Федерации.",
                "Iran, Kazakhstan and Turkmenistan have consular offices in Astrakhan, and the Russian Ministry of "
                "Foreign Affairs and the Russian-Iranian Business Council at the Russian Chamber of Commerce and "
                "Industry have representative offices in the city.",
            ),
        ],
        # Paragraphs that are one link to a view of the portal: (text, URL name).
        "links": [
            (
                (
                    "Написать редакции портала: форма обратной связи",
                    "Write to the editors of the portal: the feedback form",
                ),
                "feedback",
            ),
        ],
    },
    {
        # What the feedback form does with a visitor's data, and nothing more.
        "slug": ("politika-konfidencialnosti", "privacy-policy"),
        "title": ("Политика конфиденциальности", "Privacy policy"),
        "show_in_menus": False,
        "summary": (
            "Какие персональные данные собирает форма обратной связи этого портала и что с ними происходит.",
            "What personal data the feedback form of this portal collects and what happens to it.",
        ),
        "body": [
            (
                "Портал собирает персональные данные только через форму обратной связи: ваше имя, адрес "
                "электронной почты и текст сообщения. Вместе с ними сохраняются язык формы и время отправки.",
                "The portal collects personal data only through its feedback form: your name, your e-mail "
                "address and the text of your message. The language of the form and the time it was sent "
                "are stored with them.",
            ),
            (
                "Сообщение сохраняется, только если вы отметили согласие на обработку персональных данных; "
                "без согласия форма не отправляется.",
                "A message is stored only if you tick the box agreeing to the processing of your personal "
                "data; without it the form is not sent.",
            ),
            (
                "Данные хранятся в базе данных портала, чтобы редакция могла прочитать ваше сообщение и "
                "ответить на него по указанному адресу электронной почты. Их видят только редакторы и "
                "модераторы портала. Портал не использует их для рассылок и не передаёт другим сайтам.",
                "The data is stored in the portal’s database so that the editors can read your message and "
                "answer it at the e-mail address you gave. Only the portal’s editors and moderators can see "
                "it. The portal does not use it for mailings and does not pass it to other websites.",
            ),
            (
                "Чтобы узнать, какие ваши данные хранятся, или попросить удалить их, напишите через ту же "
                "форму обратной связи.",
                "To ask which of your data is stored, or to have it deleted, write through the same feedback form.",
            ),
        ],
    },
]
