import type { ComponentChildren } from 'preact';

interface AdminTableProps {
  /** What tests and scripts find the table by. */
  testId: string;
  columns: string[];
  /** One `<tr>` a row, its cells in the columns' order, its buttons in a last cell of class `actions`. */
  children: ComponentChildren;
}

/** A table of the admin key's resources, one per row, with a last column of actions. */
export function AdminTable({ testId, columns, children }: AdminTableProps) {
  return (
    <table class="sessions-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
