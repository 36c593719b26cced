import { Button, Container } from '@mantine/core';
import { Link } from 'react-router';
import { useWorkspace } from '../app/workspace';
import { Empty, PageHeader } from './States';

/** An address that leads nowhere: said plainly, with the way back home. */
export function NotFound(props: { home: string; homeLabel: string }) {
  return (
    <Container size="sm" py="xl">
      <PageHeader title="Page not found" />
      <Empty
        title="There is nothing at this address"
        action={
          <Button component={Link} to={props.home}>
            Go to {props.homeLabel}
          </Button>
        }
      >
        The link may be old or mistyped, or the item may have been deleted.
      </Empty>
    </Container>
  );
}

/** Not found inside a workspace: the app frame stays, and Home is one click away. */
export function WorkspaceNotFound() {
  const ws = useWorkspace();
  return <NotFound home={`/w/${ws.id}`} homeLabel="Home" />;
}
