/** A person who does not exist yet: unique per run so a reused database never collides. */
export function newPerson(name: string, run: string) {
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]+/g, '.');
  return {
    name,
    email: `${local}.${run}@exempel.se`,
    // Long, mixed and unrelated to name and address, so the strength check has nothing to object to.
    password: `Blåbär-Sommar-${run}-Fyrtorn!`,
  };
}
