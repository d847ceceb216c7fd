/* global window, document, setInterval */
/*
 * Shared by the hostile-*.html pages (see README.md). It proves the page keeps working
 * (a heartbeat and a click counter the tests read from `window.hostile`) and holds the
 * articles the pages insert: `event` (seed 000, as in article.html), `otherEvent` (seed 002,
 * as on spa.html's /event route) and `unrelated` (spa.html's football report).
 * Plain ES5 that calls none of the built-ins hostile-globals.html replaces.
 */
(function () {
  'use strict';
  var hostile = { ticks: 0, clicks: 0 };
  window.hostile = hostile;
  setInterval(function () {
    hostile.ticks += 1;
  }, 20);
  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'clicker') hostile.clicks += 1;
  });

  hostile.articles = {
   "event": {
    "title": "Putin hosts Syria’s foreign and defense ministers in Moscow",
    "paragraphs": [
     "<p><span class=\"dropcap\">R</span>ussian President <a href=\"/tags/vladimir-putin\">Vladimir Putin</a> met Tuesday in Moscow with Syria’s foreign and defense ministers to discuss political, military and economic cooperation, according to Syria’s state-run news agency. Putin hosted Syrian Foreign Minister <a href=\"/tags/asaad-al-shaibani\">Asaad al-Shaibani</a> and Defense Minister Marhaf Abu Qasra for talks on issues of <em>“mutual interest,”</em> including cooperation in military industries, the <a href=\"https://sana.sy/en/\">Syrian Arab News Agency reported.</a></p>",
     "<p>During the meeting, Putin reaffirmed Russia’s support for Syria’s <strong>sovereignty and territorial integrity</strong>, SANA said. Russia has long been a key ally of former Syrian President <a href=\"/tags/bashar-assad\">Bashar Assad</a>, who now lives in Moscow under Russian protection after being ousted from power.</p>",
     "<p>Putin rejected <strong>“any project aimed at dividing the country,”</strong> the report said, and condemned what it described as repeated Israeli violations of Syrian territory, calling them a direct threat to regional stability and security. Israeli forces currently hold areas in the buffer zone on the Syrian side of the <a href=\"/tags/golan-heights\">Golan Heights</a> and on Mount Hermon.</p>",
     "<p>According to <abbr title=\"Syrian Arab News Agency\">SANA</abbr>, Putin and the Syrian ministers exchanged views on regional and international developments and stressed the importance of political and diplomatic coordination between Damascus and Moscow in international forums. They also reaffirmed the need to respect <em>international law</em> and rejected what they described as external interference in the internal affairs of states.</p>",
     "<p>The meeting also focused on expanding <strong>military-technical cooperation</strong> to strengthen the defensive capabilities of Syria’s army, including modernizing military equipment, transferring technical expertise and expanding cooperation in research, the report said. The sides also discussed prospects for expanding trade and economic cooperation. Al-Shaibani separately met with Russian Foreign Minister <a href=\"/tags/sergey-lavrov\">Sergey Lavrov</a>.</p>"
    ]
   },
   "otherEvent": {
    "title": "Putin Meets Syria on Defense Industry",
    "paragraphs": [
     "<p>President <a href=\"/tags/vladimir-putin\">Vladimir Putin</a> met Syria’s foreign and defense ministers in Moscow on December 23, 2025, in a carefully framed signal that Russia intends to preserve strategic cooperation with Damascus despite the collapse of the Bashar al-Assad regime one year earlier.</p>",
     "<p>According to Syria’s state news agency <a href=\"https://sana.sy/en/\">SANA</a>, the talks addressed political, military, and economic issues, with particular emphasis on <strong>defense-industry cooperation</strong> and technical partnerships.</p>",
     "<p>The meeting forms part of Russia’s broader effort to recalibrate its role in Syria following December 2024’s regime change.</p>",
     "<p>SANA said discussions focused on advancing military and technical cooperation to strengthen the Syrian Arab Army’s defensive capabilities. Specific areas cited included modernizing military equipment, transferring technical expertise, and expanding research and development cooperation in military industries.</p>",
     "<p>These priorities point to continuity rather than rupture: Russia has long acted as Syria’s primary arms supplier and defense partner, and the agenda suggests Moscow is positioning itself to retain that role under the new authorities.</p>",
     "<p>The December 23 meeting involved Syria’s Foreign Minister <a href=\"/tags/asaad-hassan-al-shaibani\">Asaad Hassan al-Shaibani</a> and Defense Minister Murhaf Abu Qasra, a major general, who were in Moscow on an official visit.</p>",
     "<p>SANA framed the talks as serving <em>“mutual interest,”</em> a formulation echoed in international coverage citing the Syrian outlet. In addition to military cooperation, the sides discussed broader economic ties, including support for Syria’s reconstruction projects, infrastructure development, and encouraging investment—issues made more acute by over a decade of war and sanctions.</p>",
     "<p>Political coordination was also on the agenda.</p>",
     "<p>SANA reported that the two sides discussed regional and international developments, including condemnation of Israeli violations of Syrian territory.</p>"
    ]
   },
   "unrelated": {
    "title": "Late Ferro header sends Harbour City top of the table",
    "paragraphs": [
     "<p><span class=\"dropcap\">A</span> header from substitute <a href=\"/sport/players/dani-ferro\">Dani Ferro</a> deep into stoppage time gave Harbour City a 2-1 win at Northgate on Tuesday night and sent them top of the table going into the Christmas fixtures.</p>",
     "<p>Northgate had led through <strong>Oliver Brandt</strong>’s curling free kick in the 34th minute and looked comfortable for long spells, with their midfield pressing Harbour City into hurried passes out of defence.</p>",
     "<p>The visitors levelled on the hour when Kwame Asante turned in a low cross from the left, and the game opened up as both managers sent on attackers in search of a winner.</p>",
     "<p>Northgate goalkeeper Piet Janssen made three fine saves in the final ten minutes, but he could not reach Ferro’s glancing header from a corner in the fourth minute of added time.</p>",
     "<p><em>“We kept believing,”</em> Harbour City manager Ana Ribeiro said. “It was not our best performance, but the players showed the character you need to win a league.”</p>",
     "<p>Northgate’s manager Colin Reeves said his side had been punished for one lapse of concentration and complained that the referee had added too much time.</p>"
    ]
   }
  };

  /** An <article> element holding one of the articles, marked with its kind. */
  hostile.article = function (kind) {
    var source = hostile.articles[kind];
    var article = document.createElement('article');
    article.setAttribute('data-kind', kind);
    var html = '<h2>' + source.title + '</h2>';
    for (var i = 0; i < source.paragraphs.length; i += 1) html += source.paragraphs[i];
    article.innerHTML = html;
    return article;
  };
})();
