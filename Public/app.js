// Posts the form's article to the API and shows the stored article as JSON.
const form = document.getElementById("article-form");
const result = document.getElementById("result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = { text: form.text.value };
  if (form.title.value.trim()) body.title = form.title.value.trim();
  result.textContent = "Sending…";
  try {
    const response = await fetch("/v1/articles", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    result.textContent = `${response.status}\n${JSON.stringify(json, null, 2)}`;
  } catch (error) {
    result.textContent = `Request failed: ${error}`;
  }
});
