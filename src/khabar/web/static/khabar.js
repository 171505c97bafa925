// khabar pages: the events timeline chart and the actor network graph.
// Data arrive as JSON (an inert <script type="application/json"> block or /api/network), never as HTML.
"use strict";

function drawTimeline() {
  const canvas = document.getElementById("timeline");
  if (!canvas) return;
  if (typeof Chart === "undefined") { canvas.replaceWith(document.createTextNode("نمودار در دسترس نیست (scripts/web-assets.sh).")); return; }
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const labels = JSON.parse(document.getElementById("event-labels").textContent);
  const palette = ["#1d4e89", "#dc2626", "#16a34a", "#ca8a04", "#7c3aed", "#0891b2", "#db2777", "#64748b"];
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.months,
      datasets: data.series.map((s, i) => ({ label: labels[s.type] || s.type, data: s.counts, backgroundColor: palette[i % palette.length] })),
    },
    options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
               plugins: { legend: { rtl: true } }, font: { family: "Vazirmatn" } },
  });
  canvas.dataset.drawn = "yes";
}

const EDGE_COLOURS = { CONSULT: "#1d4e89", AGREE: "#16a34a", ACCUSE: "#dc2626" };

async function drawNetwork() {
  const box = document.getElementById("network");
  if (!box) return;
  const status = document.getElementById("network-status");
  if (typeof cytoscape === "undefined") { status.textContent = "گراف در دسترس نیست (scripts/web-assets.sh)."; return; }
  const response = await fetch(box.dataset.api, { headers: { Accept: "application/json" } });
  if (!response.ok) { status.textContent = "خطا در گرفتن شبکه: " + response.status; return; }
  const graph = await response.json();
  const elements = graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.weight } }))
    .concat(graph.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type, weight: e.weight } })));
  const cy = cytoscape({
    container: box, elements,
    style: [
      { selector: "node", style: { label: "data(label)", "font-family": "Vazirmatn, Tahoma, sans-serif", "font-size": 11,
        width: "mapData(weight, 1, 50, 12, 48)", height: "mapData(weight, 1, 50, 12, 48)", "background-color": "#64748b" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 20, 1, 8)", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": (e) => EDGE_COLOURS[e.data("type")] || "#94a3b8", "target-arrow-color": (e) => EDGE_COLOURS[e.data("type")] || "#94a3b8" } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  });
  cy.on("tap", "node", (event) => { window.location.href = "/entities/" + encodeURIComponent(event.target.id()); });
  status.textContent = graph.nodes.length + " بازیگر، " + graph.edges.length + " رابطه";
  box.dataset.nodes = String(graph.nodes.length);
  window.khabarNetwork = cy;
}

document.addEventListener("DOMContentLoaded", () => { drawTimeline(); drawNetwork(); });
